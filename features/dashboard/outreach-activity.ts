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
  // slot[p] is the physician's place in `chosen` (or -1); typed arrays instead of a Set and Map per outreach.
  const slot = new Int32Array(view.data.physicians.length).fill(-1);
  const chosen: number[] = [];
  for (const p of physicians) {
    if (slot[p] !== -1) continue;
    slot[p] = chosen.length;
    chosen.push(p);
  }
  if (chosen.length === 0) return activity;
  const w = windows.length;
  const counts = new Int32Array(chosen.length * w);
  const last = new Float64Array(chosen.length).fill(Number.NEGATIVE_INFINITY);
  // stamp[s] = the outreach that last counted slot s, so a physician named twice (directly and by practice) counts once.
  const stamp = new Int32Array(chosen.length).fill(-1);
  const { count, atMs, practice, physicianStart, physicianList } = view.data.outreach;
  const practices = view.data.practices;
  const add = (s: number, i: number, at: number) => {
    if (s < 0 || stamp[s] === i) return;
    stamp[s] = i;
    if (at > (last[s] as number)) last[s] = at;
    for (let k = 0; k < w; k++) {
      const win = windows[k] as { fromMs: number; toMs: number };
      if (at >= win.fromMs && at < win.toMs) counts[s * w + k] = (counts[s * w + k] as number) + 1;
    }
  };
  for (let i = 0; i < count; i++) {
    const at = atMs[i] as number;
    if (at > nowMs || (view.outreachIncluded && view.outreachIncluded[i] !== 1)) continue;
    for (let j = physicianStart[i] as number; j < (physicianStart[i + 1] as number); j++) {
      add(slot[physicianList[j] as number] as number, i, at);
    }
    const k = practice[i] as number;
    if (k >= 0) for (const p of (practices[k] as { physicians: number[] }).physicians) add(slot[p] as number, i, at);
  }
  chosen.forEach((p, s) => {
    const lastMs = last[s] as number;
    activity.set(p, {
      counts: Array.from(counts.subarray(s * w, s * w + w)),
      lastMs: Number.isFinite(lastMs) ? lastMs : null,
    });
  });
  return activity;
}
