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

export interface ReferralVolume {
  /** "YYYY-MM" local months in the dashboard's zone, oldest first, without gaps. */
  months: string[];
  byPhysician: VolumeRow[];
  byPractice: VolumeRow[];
  /** All filtered referrals per month, including those of deleted physicians. */
  totals: number[];
}

export const noPracticeLabel = '(no practice)';

/** Referrals per physician and per practice by local month of receipt; rows by total, largest first. */
export function referralVolumeByMonth(view: DashboardView<DashboardCore>): ReferralVolume {
  const bucket = monthBucketer(view.timeZone);
  const referrals = view.referrals;
  const columns = view.data.referrals;
  const monthOf = referralMonths(columns, view.timeZone);
  const n = referrals.length;
  let first = n ? (monthOf[referrals[0] as number] as number) : Number.POSITIVE_INFINITY;
  let last = n ? (monthOf[referrals[n - 1] as number] as number) : Number.NEGATIVE_INFINITY;
  if (view.hasRange && Number.isFinite(view.startMs)) first = bucket(view.startMs);
  if (view.hasRange && Number.isFinite(view.endMs)) last = bucket(view.endMs - 1);
  const months: MonthIndex[] = first <= last ? monthRange(first, last) : [];
  const width = months.length;
  const zeros = () => new Array<number>(width).fill(0);

  // Rows live in arrays indexed by physician and practice (-1 = no practice is slot 0): no Map per referral.
  const { physicians, practices } = view.data;
  const physicianRows: (VolumeRow | undefined)[] = new Array(physicians.length);
  const practiceRows: (VolumeRow | undefined)[] = new Array(practices.length + 1);
  const physicianOrder: number[] = [];
  const totals = zeros();
  for (let k = 0; k < n; k++) {
    const i = referrals[k] as number;
    const column = (monthOf[i] as number) - first;
    totals[column] = (totals[column] as number) + 1;
    const physician = columns.physician[i] as number;
    const p = physicians[physician];
    if (!p) continue;
    let row = physicianRows[physician];
    if (!row) {
      row = { key: p.id, label: p.name, practice: p.practiceName, counts: zeros(), total: 0 };
      physicianRows[physician] = row;
      physicianOrder.push(physician);
    }
    let practiceRow = practiceRows[p.practice + 1];
    if (!practiceRow) {
      const key = practices[p.practice]?.key ?? '';
      practiceRow = { key, label: p.practiceName || noPracticeLabel, practice: '', counts: zeros(), total: 0 };
      practiceRows[p.practice + 1] = practiceRow;
    }
    row.counts[column] = (row.counts[column] as number) + 1;
    row.total += 1;
    practiceRow.counts[column] = (practiceRow.counts[column] as number) + 1;
    practiceRow.total += 1;
  }

  // Practices: ties by label through the cached practice order, then slot order (as a stable sort would).
  const practiceRank = practiceLabelRank(view.data, noPracticeLabel);
  const practiceOrder: number[] = [];
  for (let slot = 0; slot < practiceRows.length; slot++) if (practiceRows[slot]) practiceOrder.push(slot);
  practiceOrder.sort(
    (a, b) =>
      (practiceRows[b] as VolumeRow).total - (practiceRows[a] as VolumeRow).total ||
      (practiceRank[a] as number) - (practiceRank[b] as number) ||
      a - b,
  );
  // Physicians: ties by name through the cached name order (integers), not the collator; equal names keep
  // physician order, as the sort is stable and starts from it.
  const rank = physicianNameRank(view.data);
  physicianOrder.sort(
    (a, b) =>
      (physicianRows[b] as VolumeRow).total - (physicianRows[a] as VolumeRow).total ||
      (rank[a] as number) - (rank[b] as number) ||
      a - b,
  );
  return {
    months: months.map(monthKey),
    byPhysician: physicianOrder.map((i) => physicianRows[i] as VolumeRow),
    byPractice: practiceOrder.map((slot) => practiceRows[slot] as VolumeRow),
    totals,
  };
}

/** Physician × month table for CSV export. */
export function volumeByPhysicianCsvRows(volume: ReferralVolume): CsvRows {
  return [
    ['Physician', 'Practice', ...volume.months, 'Total'],
    ...volume.byPhysician.map((r) => [r.label, r.practice, ...r.counts, r.total]),
  ];
}

/** Practice × month table for CSV export. */
export function volumeByPracticeCsvRows(volume: ReferralVolume): CsvRows {
  return [['Practice', ...volume.months, 'Total'], ...volume.byPractice.map((r) => [r.label, ...r.counts, r.total])];
}
