import { useState } from 'preact/hooks';
import { downloadCsv } from '../../../components/csv-download';
import { previousMonth, voiceReport, voiceReportCsv } from '../../../features/concerns/voice-report';
import type { CsvRows } from '../../../features/dashboard/csv-rows';
import { localDay } from '../../../features/follow-ups/local-day';
import { t } from '../../../locales/i18n';
import { DataTable } from '../DataTable';
import type { RelationshipRows } from './load-relationship';

const thisMonth = () => localDay().slice(0, 7);

/**
 * `Voice of the referrer`: the monthly report for administration (concerns by department and category, time to
 * resolve, open ones aging, satisfaction), printable with the page and as one CSV.
 */
export function VoiceSection(props: { rows: RelationshipRows }) {
  const [month, setMonth] = useState(thisMonth);
  const r = voiceReport(props.rows.outreach, month);
  const name = props.rows.physicianName;
  const summary = [
    t('dashboard.raisedConcernsRaised', { raised: r.raised }),
    `${r.closed} closed`,
    r.medianDaysToResolve === null
      ? 'no time to resolve yet'
      : t('dashboard.medianMediandaystoresolveDaysToResolve', { medianDaysToResolve: r.medianDaysToResolve }),
    t('dashboard.reportedbackReportedBack', { reportedBack: r.reportedBack }),
    t('dashboard.lengthStillOpenAtThe', { length: r.openAging.length }),
  ].join(' · ');
  const byGroup = (limit?: number): CsvRows => [
    [t('dashboard.department'), t('dashboard.category'), t('dashboard.raised'), t('dashboard.closed')],
    ...r.byDepartmentAndCategory.slice(0, limit).map((c) => [c.department, c.category, c.raised, c.resolved]),
  ];
  const aging = (limit?: number): CsvRows => [
    [t('dashboard.physician'), t('dashboard.department'), t('dashboard.category'), t('dashboard.daysOpen')],
    ...r.openAging
      .slice(0, limit)
      .map((o) => [o.physicianIds.map(name).join('; '), o.department, o.category, o.daysOpen]),
  ];
  const satisfaction = (): CsvRows => [
    [t('dashboard.month'), t('dashboard.meanSatisfaction'), t('dashboard.scores')],
    ...r.satisfaction.map((s) => [s.month, s.mean, s.scores]),
  ];
  return (
    <section aria-labelledby="voice-heading" class="report-section">
      <h2 id="voice-heading">{t('dashboard.voiceOfTheReferrer')}</h2>
      <div class="row no-print">
        <label for="voice-month">{t('dashboard.month')}</label>
        <input
          id="voice-month"
          type="month"
          value={month}
          max={thisMonth()}
          onInput={(e) => e.currentTarget.value && setMonth(e.currentTarget.value)}
        />
        <button type="button" onClick={() => setMonth(previousMonth(month))}>
          {t('dashboard.previousMonth')}
        </button>
        <button type="button" onClick={() => downloadCsv(`voice-of-the-referrer-${month}`, voiceReportCsv(r, name))}>
          {t('dashboard.exportReportCsv')}
        </button>
      </div>
      <p class="voice-summary">
        {month}: {summary}
      </p>
      <DataTable
        caption={t('dashboard.concernsByDepartmentAndCategory')}
        name={`concerns-by-department-${month}`}
        rows={byGroup}
        total={r.byDepartmentAndCategory.length}
        empty={t('dashboard.noConcernRaisedOrClosed')}
      />
      <DataTable
        caption={t('dashboard.openConcernsAtTheMonth')}
        name={`open-concerns-${month}`}
        rows={aging}
        total={r.openAging.length}
        empty={t('dashboard.noConcernOpenAtThe')}
      />
      <DataTable
        caption={t('dashboard.satisfactionTrend')}
        name={`satisfaction-trend-${month}`}
        rows={satisfaction}
        total={r.satisfaction.length}
      />
    </section>
  );
}
