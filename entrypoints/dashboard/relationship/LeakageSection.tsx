import type { CsvRows } from '../../../features/dashboard/csv-rows';
import { leakageTable, lostReasonLabels, splitAndDeclining } from '../../../features/leakage/leakage';
import { t } from '../../../locales/i18n';
import { DataTable } from '../DataTable';
import type { RelationshipRows } from './load-relationship';

/** `Leakage`: lost referrals by competitor × service line × reason, and the split-and-declining referrers. */
export function LeakageSection(props: { rows: RelationshipRows; nowMs: number }) {
  const { referrals, physicianName, physicians } = props.rows;
  const table = leakageTable(referrals);
  const split = splitAndDeclining(referrals, props.nowMs);
  const notes = new Map(physicians.map((p) => [p.id, p.loyaltyNote]));
  const leakCsv = (limit?: number): CsvRows => [
    [t('dashboard.competitor'), t('dashboard.serviceLine'), t('dashboard.reason'), t('dashboard.lostReferrals')],
    ...table
      .slice(0, limit)
      .map((r) => [
        r.competitor,
        r.serviceLine,
        r.reason ? lostReasonLabels[r.reason] : t('dashboard.noReason'),
        r.count,
      ]),
  ];
  const splitCsv = (limit?: number): CsvRows => [
    [
      t('dashboard.physician'),
      t('dashboard.lostLast6Months'),
      t('dashboard.keptLast6Months'),
      t('dashboard.kept6MonthsBefore'),
      t('dashboard.loyaltyNote'),
    ],
    ...split
      .slice(0, limit)
      .map((s) => [physicianName(s.physicianId), s.lost, s.recent, s.before, notes.get(s.physicianId) ?? '']),
  ];
  return (
    <section aria-labelledby="leakage-heading" class="report-section">
      <h2 id="leakage-heading">{t('dashboard.leakage')}</h2>
      <p class="muted">{t('dashboard.referralsMarkedLostByThe')}</p>
      <DataTable
        caption={t('dashboard.lostReferralsByCompetitorService')}
        name="leakage"
        rows={leakCsv}
        total={table.length}
        empty={t('dashboard.noReferralMarkedLost')}
      />
      <DataTable
        caption={t('dashboard.splitAndDecliningReferrers')}
        name="split-and-declining"
        rows={splitCsv}
        total={split.length}
        empty={t('dashboard.noReferrerBothLostReferrals')}
      />
    </section>
  );
}
