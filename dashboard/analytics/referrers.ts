import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { dayMs } from './median';

export interface ReferrerRow {
  physicianId: string;
  name: string;
  practice: string;
  /** Referrals in the date range (top referrers) or in the window (new referrers). */
  referrals: number;
  /** Share of all filtered referrals in the range, 0–1 (top referrers only; 0 for new referrers). */
  share: number;
  firstReferralAt: string;
  lastReferralAt: string;
}

interface Tally {
  count: number;
  firstMs: number;
  lastMs: number;
}

function tallyByPhysician(
  referrals: DashboardView['referrals'],
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
) {
  const tallies = new Map<number, Tally>();
  for (const r of referrals) {
    if (r.physician < 0 || r.receivedMs < from || r.receivedMs >= to) continue;
    const t = tallies.get(r.physician);
    if (!t) tallies.set(r.physician, { count: 1, firstMs: r.receivedMs, lastMs: r.receivedMs });
    else {
      t.count += 1;
      t.firstMs = Math.min(t.firstMs, r.receivedMs);
      t.lastMs = Math.max(t.lastMs, r.receivedMs);
    }
  }
  return tallies;
}

function row(view: DashboardView, index: number, t: Tally, share: number): ReferrerRow {
  const p = view.data.physicians[index];
  return {
    physicianId: p?.id ?? '',
    name: p?.name ?? '',
    practice: p?.practiceName ?? '',
    referrals: t.count,
    share,
    firstReferralAt: new Date(t.firstMs).toISOString(),
    lastReferralAt: new Date(t.lastMs).toISOString(),
  };
}

/** The `limit` physicians with the most referrals in the filtered range; ties by name. */
export function topReferrers(view: DashboardView, limit = 20): ReferrerRow[] {
  const total = view.referrals.length;
  const rows = [...tallyByPhysician(view.referrals)].map(([i, t]) => row(view, i, t, total ? t.count / total : 0));
  return rows.sort((a, b) => b.referrals - a.referrals || compareText(a.name, b.name)).slice(0, limit);
}

/** The window in which a first referral makes a physician "new": the date range, else the last `days` days. */
export function newReferrerWindow(
  view: DashboardView,
  nowMs: number,
  days: number,
): { startMs: number; endMs: number } {
  if (view.hasRange) return { startMs: view.startMs, endMs: view.endMs };
  return { startMs: nowMs - days * dayMs, endMs: nowMs + 1 };
}

/**
 * Physicians whose first referral ever (among referrals passing the service line and physician filters)
 * falls in the window; newest first. `referrals` counts their referrals in the window.
 */
export function newReferrers(view: DashboardView, nowMs: number, windowDays = 90): ReferrerRow[] {
  const { startMs, endMs } = newReferrerWindow(view, nowMs, windowDays);
  const ever = tallyByPhysician(view.referralsAllDates);
  const inWindow = tallyByPhysician(view.referralsAllDates, startMs, endMs);
  const rows: ReferrerRow[] = [];
  for (const [i, t] of inWindow) {
    if ((ever.get(i)?.firstMs ?? t.firstMs) < startMs) continue;
    rows.push(row(view, i, t, 0));
  }
  // ISO instants from toISOString sort as text.
  return rows.sort((a, b) =>
    a.firstReferralAt === b.firstReferralAt
      ? compareText(a.name, b.name)
      : a.firstReferralAt < b.firstReferralAt
        ? 1
        : -1,
  );
}

/** Referrer rows for CSV export. */
export function referrersCsvRows(rows: readonly ReferrerRow[]): CsvRows {
  return [
    ['Physician', 'Practice', 'Referrals', 'Share %', 'First referral', 'Last referral'],
    ...rows.map((r) => [
      r.name,
      r.practice,
      r.referrals,
      Math.round(r.share * 1000) / 10,
      r.firstReferralAt,
      r.lastReferralAt,
    ]),
  ];
}
