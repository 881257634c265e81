import { t } from '../../locales/i18n';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { physicianNameRank, practiceLabelRank } from './name-order';
import type { DashboardCore } from './prepare';
import { referralMonths } from './referral-months';
import { type MonthIndex, monthBucketer, monthKey, monthRange } from './zoned-time';

export interface VolumeRow {
  /** Physician id or practice key ('' = no practice). */
  key: string;
  label: string;
  /** The physician's practice (physician rows only). */
  practice: string;
  /** One count per entry of ReferralVolume.months. */
  counts: number[];
  total: number;
}

/** What the first view shows: totals per month and the practices (the chart draws the top three). */
export interface MonthlyVolume {
  /** "YYYY-MM" local months in the dashboard's zone, oldest first, without gaps. */
  months: string[];
  byPractice: VolumeRow[];
  /** All filtered referrals per month, including those of deleted physicians. */
  totals: number[];
}

export interface ReferralVolume extends MonthlyVolume {
  byPhysician: VolumeRow[];
}

export const noPracticeLabel = t('dashboard.noPractice');

/** Referrals per physician and per practice by local month of receipt; rows by total, largest first. */
export function referralVolumeByMonth(view: DashboardView<DashboardCore>): ReferralVolume {
  return { ...monthlyVolume(view), byPhysician: physicianVolume(view) };
}

/** The months shown: those of the filtered referrals, or every month of the date range; and each referral's. */
export function volumeMonths(view: DashboardView<DashboardCore>): {
  first: MonthIndex;
  months: MonthIndex[];
  monthOf: Int32Array;
} {
  const bucket = monthBucketer(view.timeZone);
  const referrals = view.referrals;
  const monthOf = referralMonths(view.data.referrals, view.timeZone);
  const n = referrals.length;
  let first = n ? (monthOf[referrals[0] as number] as number) : Number.POSITIVE_INFINITY;
  let last = n ? (monthOf[referrals[n - 1] as number] as number) : Number.NEGATIVE_INFINITY;
  if (view.hasRange && Number.isFinite(view.startMs)) first = bucket(view.startMs);
  if (view.hasRange && Number.isFinite(view.endMs)) last = bucket(view.endMs - 1);
  return { first, months: first <= last ? monthRange(first, last) : [], monthOf };
}

/** Referrals per month and per practice and month; practices by total, largest first, ties by name. */
export function monthlyVolume(view: DashboardView<DashboardCore>): MonthlyVolume {
  const { first, months, monthOf } = volumeMonths(view);
  const zeros = () => new Array<number>(months.length).fill(0);
  // Practice rows in an array indexed by practice (-1 = no practice is slot 0): no Map per referral.
  const { physicians, practices } = view.data;
  const columns = view.data.referrals;
  const practiceRows: (VolumeRow | undefined)[] = new Array(practices.length + 1);
  const totals = zeros();
  const referrals = view.referrals;
  for (let k = 0; k < referrals.length; k++) {
    const i = referrals[k] as number;
    const column = (monthOf[i] as number) - first;
    totals[column] = (totals[column] as number) + 1;
    const p = physicians[columns.physician[i] as number];
    if (!p) continue;
    let row = practiceRows[p.practice + 1];
    if (!row) {
      const key = practices[p.practice]?.key ?? '';
      row = { key, label: p.practiceName || noPracticeLabel, practice: '', counts: zeros(), total: 0 };
      practiceRows[p.practice + 1] = row;
    }
    row.counts[column] = (row.counts[column] as number) + 1;
    row.total += 1;
  }
  // Ties by label through the cached practice order, then slot order (as a stable sort would).
  const rank = practiceLabelRank(view.data, noPracticeLabel);
  const order: number[] = [];
  for (let slot = 0; slot < practiceRows.length; slot++) if (practiceRows[slot]) order.push(slot);
  const total = (slot: number) => (practiceRows[slot] as VolumeRow).total;
  order.sort((a, b) => total(b) - total(a) || (rank[a] as number) - (rank[b] as number) || a - b);
  return { months: months.map(monthKey), byPractice: order.map((slot) => practiceRows[slot] as VolumeRow), totals };
}

/** Referrals per physician and month; physicians by total, largest first, ties by name then physician order. */
export function physicianVolume(view: DashboardView<DashboardCore>): VolumeRow[] {
  const { first, months, monthOf } = volumeMonths(view);
  const { physicians } = view.data;
  const columns = view.data.referrals;
  const rows: (VolumeRow | undefined)[] = new Array(physicians.length);
  const order: number[] = [];
  const referrals = view.referrals;
  for (let k = 0; k < referrals.length; k++) {
    const i = referrals[k] as number;
    const physician = columns.physician[i] as number;
    const p = physicians[physician];
    if (!p) continue;
    let row = rows[physician];
    if (!row) {
      const counts = new Array<number>(months.length).fill(0);
      row = { key: p.id, label: p.name, practice: p.practiceName, counts, total: 0 };
      rows[physician] = row;
      order.push(physician);
    }
    const column = (monthOf[i] as number) - first;
    row.counts[column] = (row.counts[column] as number) + 1;
    row.total += 1;
  }
  // Ties by name through the cached name order (integers), not the collator.
  const rank = physicianNameRank(view.data);
  const total = (p: number) => (rows[p] as VolumeRow).total;
  order.sort((a, b) => total(b) - total(a) || (rank[a] as number) - (rank[b] as number) || a - b);
  return order.map((p) => rows[p] as VolumeRow);
}

/** Physician × month table for CSV export. */
export function volumeByPhysicianCsvRows(volume: Pick<ReferralVolume, 'months' | 'byPhysician'>): CsvRows {
  return [
    [t('dashboard.physician'), t('dashboard.practice'), ...volume.months, t('dashboard.total2')],
    ...volume.byPhysician.map((r) => [r.label, r.practice, ...r.counts, r.total]),
  ];
}

/** Practice × month table for CSV export. */
export function volumeByPracticeCsvRows(volume: Pick<MonthlyVolume, 'months' | 'byPractice'>): CsvRows {
  return [
    [t('dashboard.practice'), ...volume.months, t('dashboard.total2')],
    ...volume.byPractice.map((r) => [r.label, ...r.counts, r.total]),
  ];
}
