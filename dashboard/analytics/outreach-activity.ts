import type { DashboardView } from './filters';

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
  const byPractice = new Map<string, number[]>();
  for (const i of physicians) {
    activity.set(i, { counts: windows.map(() => 0), lastMs: null });
    const key = view.data.physicians[i]?.practiceKey;
    if (!key) continue;
    const list = byPractice.get(key);
    if (list) list.push(i);
    else byPractice.set(key, [i]);
  }
  if (activity.size === 0) return activity;
  const reached = new Set<number>();
  for (const o of view.outreach) {
    if (o.atMs > nowMs) continue;
    reached.clear();
    for (const i of o.physicians) if (activity.has(i)) reached.add(i);
    if (o.practiceKey !== null) for (const i of byPractice.get(o.practiceKey) ?? []) reached.add(i);
    for (const i of reached) {
      const a = activity.get(i) as OutreachActivity;
      if (a.lastMs === null || o.atMs > a.lastMs) a.lastMs = o.atMs;
      windows.forEach((w, k) => {
        if (o.atMs >= w.fromMs && o.atMs < w.toMs) a.counts[k] = (a.counts[k] ?? 0) + 1;
      });
    }
  }
  return activity;
}
