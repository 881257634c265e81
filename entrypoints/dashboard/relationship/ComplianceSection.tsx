import { useState } from 'preact/hooks';
import { complianceLedger, dollars, limitStanding } from '../../../features/compliance/ledger';
import type { CsvRows } from '../../../features/dashboard/csv-rows';
import { t } from '../../../locales/i18n';
import { DataTable } from '../DataTable';
import type { RelationshipRows } from './load-relationship';

const standingText = { over: t('dashboard.overTheLimit'), near: t('dashboard.nearTheLimit'), under: '' } as const;

/** `Compliance ledger`: meals and gifts per physician in a calendar year, against the annual limit. */
export function ComplianceSection(props: { rows: RelationshipRows }) {
  const { outreach, events, settings, physicianName } = props.rows;
  const lines = complianceLedger(outreach, events);
  const years = [...new Set([new Date().getFullYear(), ...lines.map((l) => l.year)])].sort((a, b) => b - a);
  const [year, setYear] = useState(years[0] as number);
  const limit = settings.annualGiftLimitCents;
  const shown = lines.filter((l) => l.year === year);
  const flagged = shown.filter((l) => limitStanding(l.totalCents, limit) !== 'under');
  const csv = (limitRows?: number): CsvRows => [
    [
      t('dashboard.physician'),
      t('dashboard.year'),
      t('dashboard.fromOutreach'),
      t('dashboard.fromEvents'),
      t('dashboard.total'),
      t('dashboard.limit'),
      t('dashboard.standing'),
    ],
    ...shown.slice(0, limitRows).map((l) => [
      physicianName(l.physicianId),
      // A year is a label, not a quantity: as a number the table would group it ("2,026").
      String(l.year),
      dollars(l.outreachCents),
      dollars(l.eventCents),
      dollars(l.totalCents),
      dollars(limit),
      standingText[limitStanding(l.totalCents, limit)],
    ]),
  ];
  return (
    <section aria-labelledby="compliance-heading" class="report-section">
      <h2 id="compliance-heading">{t('dashboard.complianceLedger')}</h2>
      <div class="row no-print">
        <label for="ledger-year">{t('dashboard.year')}</label>
        <select id="ledger-year" value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <p class="muted">
        {t('dashboard.mealsAndGiftsPerPhysician', { year: String(year), limit: `$${dollars(limit)}` })}
      </p>
      {flagged.length > 0 && (
        <ul class="plain flags" aria-label={t('dashboard.physiciansNearOrOverThe')}>
          {flagged.map((l) => (
            <li key={l.physicianId} class={limitStanding(l.totalCents, limit) === 'over' ? 'overdue' : 'due'}>
              {physicianName(l.physicianId)}: ${dollars(l.totalCents)} ·{' '}
              {standingText[limitStanding(l.totalCents, limit)]}
            </li>
          ))}
        </ul>
      )}
      <DataTable
        caption={t('dashboard.mealsAndGiftsYear', { year: String(year) })}
        name={`compliance-ledger-${year}`}
        rows={csv}
        total={shown.length}
        empty={t('dashboard.noMealsOrGiftsRecorded')}
      />
    </section>
  );
}
