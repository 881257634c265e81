import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { physicianNameRank } from './name-order';
import { type MonthIndex, monthBucketer, monthKey, monthRange, zonedStartOfDayMs } from './zoned-time';

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
export function referralVolumeByMonth(view: DashboardView): ReferralVolume {
  const bucket = monthBucketer(view.timeZone);
  const referrals = view.referrals;
  const monthOf = monthsInTimeOrder(referrals, bucket, view.timeZone);
  let first = referrals.length ? (monthOf[0] as number) : Number.POSITIVE_INFINITY;
  let last = referrals.length ? (monthOf[referrals.length - 1] as number) : Number.NEGATIVE_INFINITY;
  if (view.hasRange && Number.isFinite(view.startMs)) first = bucket(view.startMs);
  if (view.hasRange && Number.isFinite(view.endMs)) last = bucket(view.endMs - 1);
  const months: MonthIndex[] = first <= last ? monthRange(first, last) : [];
  const zeros = () => new Array<number>(months.length).fill(0);

  // Rows live in arrays indexed by physician and practice (-1 = no practice is slot 0): no Map per referral.
  const { physicians, practices } = view.data;
  const physicianRows: (VolumeRow | undefined)[] = new Array(physicians.length);
  const practiceRows: (VolumeRow | undefined)[] = new Array(practices.length + 1);
  const totals = zeros();
  for (let i = 0; i < referrals.length; i++) {
    const r = referrals[i] as DashboardView['referrals'][number];
    const column = (monthOf[i] as number) - first;
    totals[column] = (totals[column] as number) + 1;
    const p = physicians[r.physician];
    if (!p) continue;
    let row = physicianRows[r.physician];
    if (!row) {
      row = { key: p.id, label: p.name, practice: p.practiceName, counts: zeros(), total: 0 };
      physicianRows[r.physician] = row;
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

  const byTotal = (a: VolumeRow, b: VolumeRow) => b.total - a.total || compareText(a.label, b.label);
  const present = (rows: (VolumeRow | undefined)[]) => rows.filter((r): r is VolumeRow => r !== undefined);
  // Physicians: ties by name through the cached name order (integers), not the collator.
  const rank = physicianNameRank(view.data);
  const physicianOrder: number[] = [];
  physicianRows.forEach((_, i) => {
    physicianOrder.push(i);
  });
  physicianOrder.sort(
    (a, b) =>
      (physicianRows[b] as VolumeRow).total - (physicianRows[a] as VolumeRow).total ||
      (rank[a] as number) - (rank[b] as number),
  );
  return {
    months: months.map(monthKey),
    byPhysician: physicianOrder.map((i) => physicianRows[i] as VolumeRow),
    byPractice: present(practiceRows).sort(byTotal),
    totals,
  };
}

/**
 * The local month of each referral. The referrals are in time order, so one month boundary is tracked and moved
 * forward: a Date and two Map look-ups only when the month changes, not per referral.
 */
function monthsInTimeOrder(
  referrals: DashboardView['referrals'],
  bucket: (ms: number) => MonthIndex,
  timeZone: string,
): Int32Array {
  const monthOf = new Int32Array(referrals.length);
  let month = 0;
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < referrals.length; i++) {
    const ms = (referrals[i] as DashboardView['referrals'][number]).receivedMs;
    if (ms < startMs || ms >= endMs) {
      month = bucket(ms);
      startMs = monthStartMs(month, timeZone);
      endMs = monthStartMs(month + 1, timeZone);
    }
    monthOf[i] = month;
  }
  return monthOf;
}

/** The first instant of a month index in the zone (the same boundary monthBucketer uses). */
function monthStartMs(month: MonthIndex, timeZone: string): number {
  const year = Math.floor(month / 12);
  return zonedStartOfDayMs(year, month - year * 12 + 1, 1, timeZone);
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
