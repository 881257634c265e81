import { t } from '../../locales/i18n';
import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { dayMs } from './median';
import { physicianNameRank } from './name-order';
import type { DashboardCore } from './prepare';

export interface ReferrerRow {
  physicianId: string;
  name: string;
  practice: string;
  /** Referrals in the date range (top referrers) or in the window (new referrers). */
  referrals: number;
  /** Share of all filtered referrals in the range (top referrers) or in the window (new referrers), 0–1. */
  share: number;
  firstReferralAt: string;
  lastReferralAt: string;
}

/** Per physician: referral count and first/last instants, in typed arrays (one slot per physician). */
interface Tallies {
  count: Int32Array;
  firstMs: Float64Array;
  lastMs: Float64Array;
  /** Physicians with at least one referral, in first-seen order. */
  seen: number[];
}

function tallyByPhysician(
  view: DashboardView<DashboardCore>,
  referrals: Int32Array,
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
): Tallies {
  const n = view.data.physicians.length;
  const t: Tallies = { count: new Int32Array(n), firstMs: new Float64Array(n), lastMs: new Float64Array(n), seen: [] };
  const { physician, receivedMs } = view.data.referrals;
  for (let k = 0; k < referrals.length; k++) {
    const r = referrals[k] as number;
    const i = physician[r] as number;
    const ms = receivedMs[r] as number;
    if (i < 0 || ms < from || ms >= to) continue;
    // Referrals come in time order, so the first one seen is the earliest and the latest one seen the last.
    if (t.count[i] === 0) {
      t.seen.push(i);
      t.firstMs[i] = ms;
    }
    t.count[i] = (t.count[i] as number) + 1;
    t.lastMs[i] = ms;
  }
  return t;
}

function row(view: DashboardView<DashboardCore>, i: number, t: Tallies, share: number): ReferrerRow {
  const p = view.data.physicians[i];
  return {
    physicianId: p?.id ?? '',
    name: p?.name ?? '',
    practice: p?.practiceName ?? '',
    referrals: t.count[i] as number,
    share,
    firstReferralAt: new Date(t.firstMs[i] as number).toISOString(),
    lastReferralAt: new Date(t.lastMs[i] as number).toISOString(),
  };
}

/** The `limit` physicians with the most referrals in the filtered range; ties by name. */
export function topReferrers(view: DashboardView<DashboardCore>, limit = 20): ReferrerRow[] {
  const total = view.referrals.length;
  const t = tallyByPhysician(view, view.referrals);
  const nameRank = physicianNameRank(view.data);
  // Rank indexes first; only the top rows are built. Ties by name through the cached name order.
  const ranked = t.seen.sort(
    (a, b) => (t.count[b] as number) - (t.count[a] as number) || (nameRank[a] as number) - (nameRank[b] as number),
  );
  return ranked.slice(0, limit).map((i) => row(view, i, t, total ? (t.count[i] as number) / total : 0));
}

/** The window in which a first referral makes a physician "new": the date range, else the last `days` days. */
export function newReferrerWindow(
  view: DashboardView<DashboardCore>,
  nowMs: number,
  days: number,
): { startMs: number; endMs: number } {
  if (view.hasRange) return { startMs: view.startMs, endMs: view.endMs };
  return { startMs: nowMs - days * dayMs, endMs: nowMs + 1 };
}

/** Referrals (passing the filters other than dates) received in [startMs, endMs): the new referrers' denominator. */
function countInWindow(view: DashboardView<DashboardCore>, startMs: number, endMs: number): number {
  const { receivedMs } = view.data.referrals;
  let n = 0;
  for (const r of view.referralsAllDates) {
    const ms = receivedMs[r] as number;
    if (ms >= startMs && ms < endMs) n++;
  }
  return n;
}

/**
 * Physicians whose first referral ever (among referrals passing the service line and physician filters)
 * falls in the window; newest first. `referrals` counts their referrals in the window.
 */
export function newReferrers(view: DashboardView<DashboardCore>, nowMs: number, windowDays = 90): ReferrerRow[] {
  const { startMs, endMs } = newReferrerWindow(view, nowMs, windowDays);
  const ever = tallyByPhysician(view, view.referralsAllDates, Number.NEGATIVE_INFINITY, endMs);
  const inWindow = tallyByPhysician(view, view.referralsAllDates, startMs, endMs);
  const total = countInWindow(view, startMs, endMs);
  const rows: ReferrerRow[] = [];
  for (const i of inWindow.seen)
    if ((ever.firstMs[i] as number) >= startMs)
      rows.push(row(view, i, inWindow, (inWindow.count[i] as number) / total));
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
    [
      t('dashboard.physician'),
      t('dashboard.practice'),
      t('dashboard.referrals'),
      t('dashboard.share'),
      t('dashboard.firstReferral'),
      t('dashboard.lastReferral'),
    ],
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
