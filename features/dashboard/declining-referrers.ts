import { t } from '../../locales/i18n';
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
  const t = trackReferrals(view, nowMs, recentFrom, priorFrom);
  const flagged = new Map<number, { reasons: DeclineReason[]; usual: number | null }>();
  for (let i = 0; i < t.count.length; i++) {
    const count = t.count[i] as number;
    if (count === 0) continue;
    const recent = t.recent[i] as number;
    const prior = t.prior[i] as number;
    const reasons: DeclineReason[] = [];
    if (prior >= rules.minPriorReferrals && prior - recent >= rules.minDropFraction * prior - 1e-9)
      reasons.push('drop');
    let usual: number | null = null;
    if (count >= rules.minReferralsForInterval) {
      const gaps = t.gaps.subarray(t.gapStart[i], (t.gapStart[i] as number) + count - 1);
      usual = Math.max(median(gaps) ?? 0, rules.minUsualIntervalDays * dayMs);
      const since = nowMs - (t.lastMs[i] as number);
      if (since >= rules.intervalMultiple * usual && since <= rules.maxDaysSinceLast * dayMs) reasons.push('overdue');
    }
    if (reasons.length > 0) flagged.set(i, { reasons, usual });
  }

  // Integer ms, so (from, to] is [from + 1, to + 1): the same windows as the referral counts.
  const windows = [
    { fromMs: recentFrom + 1, toMs: nowMs + 1 },
    { fromMs: priorFrom + 1, toMs: recentFrom + 1 },
  ];
  const activity = outreachActivity(view, flagged.keys(), windows, nowMs);
  const rows: DecliningReferrer[] = [];
  for (const [i, { reasons, usual }] of flagged) {
    const recent = t.recent[i] as number;
    const prior = t.prior[i] as number;
    const lastMs = t.lastMs[i] as number;
    const p = view.data.physicians[i];
    const a = activity.get(i);
    rows.push({
      physicianId: p?.id ?? '',
      name: p?.name ?? '',
      practice: p?.practiceName ?? '',
      reasons,
      recent,
      prior,
      changePct: prior > 0 ? Math.round(((recent - prior) / prior) * 1000) / 10 : null,
      lastReferralAt: new Date(lastMs).toISOString(),
      daysSinceLast: Math.floor((nowMs - lastMs) / dayMs),
      usualIntervalDays: toDays(usual),
      outreachRecent: a?.counts[0] ?? 0,
      outreachPrior: a?.counts[1] ?? 0,
      lastOutreachAt: a?.lastMs != null ? new Date(a.lastMs).toISOString() : null,
    });
  }
  // Biggest lost volume first, then the most overdue.
  return rows.sort((a, b) => b.prior - b.recent - (a.prior - a.recent) || b.daysSinceLast - a.daysSinceLast);
}

/** Per-physician counts and the gaps between consecutive referrals (physician i's are gaps[gapStart[i]…]). */
function trackReferrals(view: DashboardView, nowMs: number, recentFrom: number, priorFrom: number) {
  const n = view.data.physicians.length;
  const count = new Int32Array(n);
  const recent = new Int32Array(n);
  const prior = new Int32Array(n);
  const lastMs = new Float64Array(n);
  const { physician, receivedMs } = view.data.referrals;
  const referrals = view.referralsAllDates;
  for (let k = 0; k < referrals.length; k++) {
    const r = referrals[k] as number;
    const i = physician[r] as number;
    const ms = receivedMs[r] as number;
    if (i < 0 || ms > nowMs) continue;
    count[i] = (count[i] as number) + 1;
    if (ms > recentFrom) recent[i] = (recent[i] as number) + 1;
    else if (ms > priorFrom) prior[i] = (prior[i] as number) + 1;
  }
  // Lay the gaps out in one array, each physician's in a run: no per-physician arrays.
  const gapStart = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    gapStart[i] = total;
    total += Math.max(0, (count[i] as number) - 1);
  }
  const gaps = new Float64Array(total);
  const filled = new Int32Array(n);
  const seen = new Uint8Array(n);
  for (let k = 0; k < referrals.length; k++) {
    const r = referrals[k] as number;
    const i = physician[r] as number;
    const ms = receivedMs[r] as number;
    if (i < 0 || ms > nowMs) continue;
    if (seen[i] === 1) {
      gaps[(gapStart[i] as number) + (filled[i] as number)] = ms - (lastMs[i] as number);
      filled[i] = (filled[i] as number) + 1;
    }
    seen[i] = 1;
    lastMs[i] = ms;
  }
  return { count, recent, prior, lastMs, gaps, gapStart };
}

/** Declining referrers for CSV export. */
export function decliningCsvRows(rows: readonly DecliningReferrer[]): CsvRows {
  return [
    [
      t('dashboard.physician'),
      t('dashboard.practice'),
      t('dashboard.why'),
      t('dashboard.recentWindow'),
      t('dashboard.priorWindow'),
      t('dashboard.change'),
      t('dashboard.lastReferral'),
      t('dashboard.daysSince'),
      t('dashboard.usualIntervalDays'),
      t('dashboard.outreachRecentWindow'),
      t('dashboard.outreachPriorWindow'),
      t('dashboard.lastOutreach'),
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
