import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { dayMs, median, toDays } from './median';
import { outreachActivity } from './outreach-activity';

/** The thresholds of the decline rules (see docs/DASHBOARD.md). */
export interface DeclineRules {
  /** Length of the recent and the prior window, in days. */
  windowDays: number;
  /** "drop": the recent count is at least this fraction below the prior count. */
  minDropFraction: number;
  /** "drop" needs at least this many prior referrals, so 1 → 0 is not a trend. */
  minPriorReferrals: number;
  /** "overdue": no referral for this many times the physician's median interval. */
  intervalMultiple: number;
  /** "overdue" needs this many referrals, i.e. this many minus one intervals. */
  minReferralsForInterval: number;
  /** Same-day batches give 0-day intervals; the usual interval is at least this. */
  minUsualIntervalDays: number;
  /** Last referral longer ago than this: lapsed, not declining, and left out of "overdue". */
  maxDaysSinceLast: number;
}

export const defaultDeclineRules: DeclineRules = {
  windowDays: 90,
  minDropFraction: 0.3,
  minPriorReferrals: 3,
  intervalMultiple: 2,
  minReferralsForInterval: 3,
  minUsualIntervalDays: 1,
  maxDaysSinceLast: 365,
};

export type DeclineReason = 'drop' | 'overdue';

export interface DecliningReferrer {
  physicianId: string;
  name: string;
  practice: string;
  reasons: DeclineReason[];
  recent: number;
  prior: number;
  /** (recent − prior) / prior × 100, rounded to 0.1; null when prior is 0. */
  changePct: number | null;
  lastReferralAt: string;
  daysSinceLast: number;
  usualIntervalDays: number | null;
  /** Outreach in the recent and the prior window, and the last one: activity set against outcome. */
  outreachRecent: number;
  outreachPrior: number;
  lastOutreachAt: string | null;
}

interface Track {
  recent: number;
  prior: number;
  count: number;
  lastMs: number;
  gaps: number[];
}

/**
 * Physicians whose referrals are declining as of `nowMs`, by either rule:
 * drop — recent window (now − 90d, now] has ≥ 30% fewer than the prior (now − 180d, now − 90d], prior ≥ 3;
 * overdue — time since the last referral ≥ 2 × the median interval between their referrals (≥ 3 referrals).
 * Uses referrals passing the service line and physician filters, whatever the date range.
 */
export function decliningReferrers(
  view: DashboardView,
  nowMs: number,
  rules: DeclineRules = defaultDeclineRules,
): DecliningReferrer[] {
  const recentFrom = nowMs - rules.windowDays * dayMs;
  const priorFrom = recentFrom - rules.windowDays * dayMs;
  const tracks = new Map<number, Track>();
  for (const r of view.referralsAllDates) {
    if (r.physician < 0 || r.receivedMs > nowMs) continue;
    let t = tracks.get(r.physician);
    if (!t) {
      t = { recent: 0, prior: 0, count: 0, lastMs: r.receivedMs, gaps: [] };
      tracks.set(r.physician, t);
    } else t.gaps.push(r.receivedMs - t.lastMs);
    t.count += 1;
    t.lastMs = r.receivedMs;
    if (r.receivedMs > recentFrom) t.recent += 1;
    else if (r.receivedMs > priorFrom) t.prior += 1;
  }

  const flagged = new Map<number, { t: Track; reasons: DeclineReason[]; usual: number | null }>();
  for (const [i, t] of tracks) {
    const reasons: DeclineReason[] = [];
    const drop = t.prior - t.recent;
    if (t.prior >= rules.minPriorReferrals && drop >= rules.minDropFraction * t.prior - 1e-9) reasons.push('drop');
    let usual: number | null = null;
    if (t.count >= rules.minReferralsForInterval) {
      usual = Math.max(median(t.gaps) ?? 0, rules.minUsualIntervalDays * dayMs);
      const since = nowMs - t.lastMs;
      if (since >= rules.intervalMultiple * usual && since <= rules.maxDaysSinceLast * dayMs) reasons.push('overdue');
    }
    if (reasons.length > 0) flagged.set(i, { t, reasons, usual });
  }

  // Integer ms, so (from, to] is [from + 1, to + 1): the same windows as the referral counts.
  const windows = [
    { fromMs: recentFrom + 1, toMs: nowMs + 1 },
    { fromMs: priorFrom + 1, toMs: recentFrom + 1 },
  ];
  const activity = outreachActivity(view, flagged.keys(), windows, nowMs);
  const rows: DecliningReferrer[] = [];
  for (const [i, { t, reasons, usual }] of flagged) {
    const p = view.data.physicians[i];
    const a = activity.get(i);
    rows.push({
      physicianId: p?.id ?? '',
      name: p?.name ?? '',
      practice: p?.practiceName ?? '',
      reasons,
      recent: t.recent,
      prior: t.prior,
      changePct: t.prior > 0 ? Math.round(((t.recent - t.prior) / t.prior) * 1000) / 10 : null,
      lastReferralAt: new Date(t.lastMs).toISOString(),
      daysSinceLast: Math.floor((nowMs - t.lastMs) / dayMs),
      usualIntervalDays: toDays(usual),
      outreachRecent: a?.counts[0] ?? 0,
      outreachPrior: a?.counts[1] ?? 0,
      lastOutreachAt: a?.lastMs != null ? new Date(a.lastMs).toISOString() : null,
    });
  }
  // Biggest lost volume first, then the most overdue.
  return rows.sort((a, b) => b.prior - b.recent - (a.prior - a.recent) || b.daysSinceLast - a.daysSinceLast);
}

/** Declining referrers for CSV export. */
export function decliningCsvRows(rows: readonly DecliningReferrer[]): CsvRows {
  return [
    [
      'Physician',
      'Practice',
      'Why',
      'Recent window',
      'Prior window',
      'Change %',
      'Last referral',
      'Days since',
      'Usual interval (days)',
      'Outreach recent window',
      'Outreach prior window',
      'Last outreach',
    ],
    ...rows.map((r) => [
      r.name,
      r.practice,
      r.reasons.join(' + '),
      r.recent,
      r.prior,
      r.changePct,
      r.lastReferralAt,
      r.daysSinceLast,
      r.usualIntervalDays,
      r.outreachRecent,
      r.outreachPrior,
      r.lastOutreachAt,
    ]),
  ];
}
