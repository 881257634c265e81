import type { DashboardView } from './filters';

/** For each physician, the last included outreach up to `nowMs` (directly or with their practice); -Infinity if none. */
export function lastOutreachMs(view: DashboardView, nowMs: number): Float64Array {
  const { physicians, practices, outreach } = view.data;
  const last = new Float64Array(physicians.length).fill(Number.NEGATIVE_INFINITY);
  const lastByPractice = new Float64Array(practices.length).fill(Number.NEGATIVE_INFINITY);
  const { count, atMs, practice, physicianStart, physicianList } = outreach;
  for (let i = 0; i < count; i++) {
    const at = atMs[i] as number;
    if (at > nowMs || (view.outreachIncluded && view.outreachIncluded[i] !== 1)) continue;
    for (let j = physicianStart[i] as number; j < (physicianStart[i + 1] as number); j++) {
      const p = physicianList[j] as number;
      if (at > (last[p] as number)) last[p] = at;
    }
    const k = practice[i] as number;
    if (k >= 0 && at > (lastByPractice[k] as number)) lastByPractice[k] = at;
  }
  physicians.forEach((p, i) => {
    const viaPractice = p.practice >= 0 ? (lastByPractice[p.practice] as number) : Number.NEGATIVE_INFINITY;
    if (viaPractice > (last[i] as number)) last[i] = viaPractice;
  });
  return last;
}

export interface OutreachActivity {
  /** Outreach in each [fromMs, toMs) window, in the order given. */
  counts: number[];
  lastMs: number | null;
}

/**
 * Outreach with each of the given physicians, counted per window, and the last one up to `nowMs`.
 * Outreach logged against a practice counts for each of its physicians: a drop-in reaches the whole office.
 */
export function outreachActivity(
  view: DashboardView,
  physicians: Iterable<number>,
  windows: readonly { fromMs: number; toMs: number }[],
  nowMs: number,
): Map<number, OutreachActivity> {
  const activity = new Map<number, OutreachActivity>();
  for (const i of physicians) activity.set(i, { counts: windows.map(() => 0), lastMs: null });
  if (activity.size === 0) return activity;
  const { count, atMs, practice, physicianStart, physicianList } = view.data.outreach;
  const practices = view.data.practices;
  const reached = new Set<number>();
  for (let i = 0; i < count; i++) {
    const at = atMs[i] as number;
    if (at > nowMs || (view.outreachIncluded && view.outreachIncluded[i] !== 1)) continue;
    reached.clear();
    for (let j = physicianStart[i] as number; j < (physicianStart[i + 1] as number); j++) {
      const p = physicianList[j] as number;
      if (activity.has(p)) reached.add(p);
    }
    for (const p of practices[practice[i] as number]?.physicians ?? []) if (activity.has(p)) reached.add(p);
    for (const p of reached) {
      const a = activity.get(p) as OutreachActivity;
      if (a.lastMs === null || at > a.lastMs) a.lastMs = at;
      windows.forEach((w, k) => {
        if (at >= w.fromMs && at < w.toMs) a.counts[k] = (a.counts[k] ?? 0) + 1;
      });
    }
  }
  return activity;
}
