import type { CsvRows } from '../../features/dashboard/csv-rows';
import {
  type MonthlyVolume,
  type VolumeRow,
  volumeByPhysicianCsvRows,
  volumeByPracticeCsvRows,
} from '../../features/dashboard/referral-volume';
import { t, tn, uiLocale } from '../../locales/i18n';
import { DataTable } from './DataTable';
import { Pending } from './Pending';
import { sliced } from './slice';
import { VolumeChart } from './VolumeChart';

const totalsRows = (volume: MonthlyVolume) => (): CsvRows => [
  [t('dashboard.month'), t('dashboard.referrals')],
  ...volume.months.map((m, i) => [m, volume.totals[i] ?? 0]),
];

/** Rows shown at first in the physician and practice × month tables (a column per month): `Show more` for the rest. */
const wideTableRows = 10;

/** Referral volume by month: a uPlot chart with its table, then per physician (once computed) and per practice. */
export function VolumeSection(props: { volume: MonthlyVolume; byPhysician: VolumeRow[] | null; pending: boolean }) {
  const v = props.volume;
  const byPhysician = props.byPhysician;
  const total = v.totals.reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="volume-heading" class="report-section">
      <h2 id="volume-heading">{t('dashboard.referralVolume')}</h2>
      <p>
        <strong data-testid="referral-total">{total.toLocaleString(uiLocale())}</strong>{' '}
        {tn('dashboard.referralsInMonths', total, { months: tn('dashboard.monthCount', v.months.length) })}
      </p>
      <VolumeChart volume={v} describedBy="volume-by-month" />
      <div id="volume-by-month">
        <DataTable
          caption={t('dashboard.referralsByMonth')}
          name="referrals-by-month"
          rows={totalsRows(v)}
          total={v.months.length}
          limit={36}
        />
      </div>
      {props.pending && <Pending what={t('dashboard.referralsByPhysician')} />}
      {byPhysician && (
        // Last rows kept hidden while pending (see DashboardReport); shown only for the current filters.
        <div hidden={props.pending}>
          <DataTable
            caption={t('dashboard.referralsByPhysicianAndMonth')}
            name="referrals-by-physician-month"
            rows={sliced(byPhysician, (rows) => volumeByPhysicianCsvRows({ ...v, byPhysician: [...rows] }))}
            total={byPhysician.length}
            limit={wideTableRows}
          />
        </div>
      )}
      <DataTable
        caption={t('dashboard.referralsByPracticeAndMonth')}
        name="referrals-by-practice-month"
        rows={sliced(v.byPractice, (rows) => volumeByPracticeCsvRows({ ...v, byPractice: [...rows] }))}
        total={v.byPractice.length}
        limit={wideTableRows}
      />
    </section>
  );
}
