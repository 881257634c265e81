import type { CsvRows } from '../analytics/csv-rows';
import { type ReferralVolume, volumeByPhysicianCsvRows, volumeByPracticeCsvRows } from '../analytics/referral-volume';
import { DataTable } from './DataTable';
import { sliced } from './slice';
import { VolumeChart } from './VolumeChart';

const totalsRows = (volume: ReferralVolume) => (): CsvRows => [
  ['Month', 'Referrals'],
  ...volume.months.map((m, i) => [m, volume.totals[i] ?? 0]),
];

/** Referral volume by month: a uPlot chart with its table, then per physician and per practice. */
export function VolumeSection(props: { volume: ReferralVolume }) {
  const v = props.volume;
  const total = v.totals.reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="volume-heading" class="report-section">
      <h2 id="volume-heading">Referral volume</h2>
      <p>
        <strong data-testid="referral-total">{total.toLocaleString()}</strong> referrals in{' '}
        {v.months.length.toLocaleString()} months.
      </p>
      <VolumeChart volume={v} describedBy="volume-by-month" />
      <div id="volume-by-month">
        <DataTable
          caption="Referrals by month"
          name="referrals-by-month"
          rows={totalsRows(v)}
          total={v.months.length}
          limit={36}
        />
      </div>
      <DataTable
        caption="Referrals by physician and month"
        name="referrals-by-physician-month"
        rows={sliced(v.byPhysician, (rows) => volumeByPhysicianCsvRows({ ...v, byPhysician: [...rows] }))}
        total={v.byPhysician.length}
      />
      <DataTable
        caption="Referrals by practice and month"
        name="referrals-by-practice-month"
        rows={sliced(v.byPractice, (rows) => volumeByPracticeCsvRows({ ...v, byPractice: [...rows] }))}
        total={v.byPractice.length}
      />
    </section>
  );
}
