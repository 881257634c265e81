import type { CsvRows } from '../../../features/dashboard/csv-rows';
import {
  lastQuarters,
  type SatisfactionTrend,
  satisfactionTrend,
} from '../../../features/satisfaction/satisfaction-trend';
import { t } from '../../../locales/i18n';
import { DataTable } from '../DataTable';
import type { RelationshipRows } from './load-relationship';

/** `Satisfaction`: the mean 1–5 score per quarter, per physician and per practice, last four quarters. */
export function SatisfactionSection(props: { rows: RelationshipRows; nowMs: number }) {
  const { outreach, physicians, physicianName, practiceName } = props.rows;
  const quarters = lastQuarters(props.nowMs);
  const practiceOf = new Map(physicians.map((p) => [p.id, p.practiceId ?? (p.practiceName.trim() || null)]));
  const byPhysician = satisfactionTrend(outreach, quarters, (o) => o.physicianIds);
  const byPractice = satisfactionTrend(outreach, quarters, (o) =>
    o.practiceId ? [o.practiceId] : o.physicianIds.flatMap((id) => practiceOf.get(id) ?? []),
  );
  const csv =
    (trends: SatisfactionTrend[], label: string, name: (key: string) => string) =>
    (limit?: number): CsvRows => [
      [label, ...quarters, t('dashboard.scores')],
      ...trends.slice(0, limit).map((t) => [name(t.key), ...t.means, t.scores]),
    ];
  return (
    <section aria-labelledby="satisfaction-heading" class="report-section">
      <h2 id="satisfaction-heading">{t('dashboard.satisfaction')}</h2>
      <p class="muted">{t('dashboard.meanSatisfaction1To5')}</p>
      <DataTable
        caption={t('dashboard.satisfactionByPhysician')}
        name="satisfaction-by-physician"
        rows={csv(byPhysician, t('dashboard.physician'), physicianName)}
        total={byPhysician.length}
        empty={t('dashboard.noSatisfactionScoresInThe')}
      />
      <DataTable
        caption={t('dashboard.satisfactionByPractice')}
        name="satisfaction-by-practice"
        rows={csv(byPractice, t('dashboard.practice'), practiceName)}
        total={byPractice.length}
        empty={t('dashboard.noSatisfactionScoresInThe')}
      />
    </section>
  );
}
