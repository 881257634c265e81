import type { ConcernFacts, DashboardCore, DashboardData } from './prepare';
import type { NetworkStatus } from './rows';
import { dayStartMs } from './zoned-time';

/** What the dashboard's filter bar sets. Empty lists and missing days mean "all". */
export interface DashboardFilters {
  /** First local day (YYYY-MM-DD) in the dashboard's zone, inclusive. */
  fromDay?: string | null;
  /** Last local day (YYYY-MM-DD), inclusive. */
  toDay?: string | null;
  serviceLines?: readonly string[];
  /** Physician tags (territories): a physician with any of them passes. */
  tags?: readonly string[];
  networkStatuses?: readonly NetworkStatus[];
}

/** The rows that pass the filters, computed once per filter change and shared by every aggregate. */
export interface DashboardView<D extends DashboardCore = DashboardData> {
  data: D;
  timeZone: string;
  /** The date range as [startMs, endMs); ±Infinity when open. */
  startMs: number;
  endMs: number;
  hasRange: boolean;
  serviceLines: ReadonlySet<string> | null;
  tagFilter: ReadonlySet<string> | null;
  /** 1 where the physician passes the tag and network filters. */
  physicianIncluded: Uint8Array;
  /** Indexes of referrals passing service line and physician filters, any date, in time order (first-referral and decline rules). */
  referralsAllDates: Int32Array;
  /** The same, received within the date range. */
  referrals: Int32Array;
  /** 1 where outreach i is with an included physician, directly or through their practice; null = all (or no outreach yet). */
  outreachIncluded: Uint8Array | null;
  /** Concerns from included outreach, any date and topic (the concerns table applies those). */
  concerns: ConcernFacts[];
}

const nonEmpty = <T>(list: readonly T[] | undefined): ReadonlySet<T> | null =>
  list && list.length > 0 ? new Set(list) : null;

/** Applies the filters in one pass over each table (outreach and concerns only once they are prepared). */
export function applyDashboardFilters<D extends DashboardCore>(
  data: D,
  filters: DashboardFilters,
  timeZone: string,
): DashboardView<D> {
  const startMs = filters.fromDay ? dayStartMs(filters.fromDay, timeZone) : Number.NEGATIVE_INFINITY;
  const endMs = filters.toDay ? dayStartMs(nextDay(filters.toDay), timeZone) : Number.POSITIVE_INFINITY;
  const serviceLines = nonEmpty(filters.serviceLines);
  const tags = nonEmpty(filters.tags);
  const networks = nonEmpty(filters.networkStatuses);
  const physicianFilter = tags !== null || networks !== null;

  const physicianIncluded = new Uint8Array(data.physicians.length);
  for (let i = 0; i < data.physicians.length; i++) {
    const p = data.physicians[i] as DashboardCore['physicians'][number];
    const tagOk = !tags || p.tags.some((t) => tags.has(t));
    physicianIncluded[i] = tagOk && (!networks || networks.has(p.networkStatus)) ? 1 : 0;
  }
  const physicianOk = (i: number) => (i < 0 ? !physicianFilter : physicianIncluded[i] === 1);

  // One flag per service line index instead of a Set look-up per referral.
  const lineOk = Uint8Array.from(data.serviceLines, (l) => (!serviceLines || serviceLines.has(l) ? 1 : 0));
  const r = data.referrals;
  const allDates = new Int32Array(r.count);
  const inRange = new Int32Array(r.count);
  let all = 0;
  let ranged = 0;
  for (let i = 0; i < r.count; i++) {
    if (lineOk[r.serviceLine[i] as number] !== 1) continue;
    const p = r.physician[i] as number;
    if (p < 0 ? physicianFilter : physicianIncluded[p] !== 1) continue;
    allDates[all++] = i;
    const ms = r.receivedMs[i] as number;
    if (ms >= startMs && ms < endMs) inRange[ranged++] = i;
  }
  const referralsAllDates = allDates.subarray(0, all);
  const referrals = inRange.subarray(0, ranged);

  const full = 'outreach' in data ? (data as DashboardCore as DashboardData) : null;
  let outreachIncluded: Uint8Array | null = null;
  let concerns = full?.concerns ?? [];
  if (full && physicianFilter) {
    const practiceIncluded = data.practices.map((p) => p.physicians.some(physicianOk));
    const { count, practice, physicianStart, physicianList } = full.outreach;
    const included = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      let ok = practiceIncluded[practice[i] as number] === true;
      for (let j = physicianStart[i] as number; !ok && j < (physicianStart[i + 1] as number); j++) {
        ok = physicianIncluded[physicianList[j] as number] === 1;
      }
      included[i] = ok ? 1 : 0;
    }
    outreachIncluded = included;
    concerns = full.concerns.filter((c) => included[c.outreach] === 1);
  }

  return {
    data,
    timeZone,
    startMs,
    endMs,
    hasRange: filters.fromDay != null || filters.toDay != null,
    serviceLines,
    tagFilter: tags,
    physicianIncluded,
    referralsAllDates,
    referrals,
    outreachIncluded,
    concerns,
  };
}

function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}
