import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
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
export function referralVolumeByMonth(view: DashboardView): ReferralVolume {
  const bucket = monthBucketer(view.timeZone);
  const referrals = view.referrals;
  const monthOf = new Int32Array(referrals.length);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  referrals.forEach((r, i) => {
    const m = bucket(r.receivedMs);
    monthOf[i] = m;
    if (m < first) first = m;
    if (m > last) last = m;
  });
  if (view.hasRange && Number.isFinite(view.startMs)) first = bucket(view.startMs);
  if (view.hasRange && Number.isFinite(view.endMs)) last = bucket(view.endMs - 1);
  const months: MonthIndex[] = first <= last ? monthRange(first, last) : [];
  const zeros = () => new Array<number>(months.length).fill(0);

  const physicians = view.data.physicians;
  const byPhysician = new Map<number, VolumeRow>();
  const byPractice = new Map<number, VolumeRow>();
  const totals = zeros();
  referrals.forEach((r, i) => {
    const column = (monthOf[i] as number) - first;
    totals[column] = (totals[column] ?? 0) + 1;
    const p = physicians[r.physician];
    if (!p) return;
    let row = byPhysician.get(r.physician);
    if (!row) {
      row = { key: p.id, label: p.name, practice: p.practiceName, counts: zeros(), total: 0 };
      byPhysician.set(r.physician, row);
    }
    let practiceRow = byPractice.get(p.practice);
    if (!practiceRow) {
      const key = view.data.practices[p.practice]?.key ?? '';
      practiceRow = { key, label: p.practiceName || noPracticeLabel, practice: '', counts: zeros(), total: 0 };
      byPractice.set(p.practice, practiceRow);
    }
    for (const target of [row, practiceRow]) {
      target.counts[column] = (target.counts[column] ?? 0) + 1;
      target.total += 1;
    }
  });

  const byTotal = (a: VolumeRow, b: VolumeRow) => b.total - a.total || compareText(a.label, b.label);
  return {
    months: months.map(monthKey),
    byPhysician: [...byPhysician.values()].sort(byTotal),
    byPractice: [...byPractice.values()].sort(byTotal),
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
