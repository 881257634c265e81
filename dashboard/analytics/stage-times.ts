import { pipelinePosition } from '../../referrals/status-pipeline';
import { stageStays } from '../../referrals/time-in-stages';
import { parseInstant } from './parse-instant';
import type { Referral } from './rows';

/** Stages with a duration: every pipeline stage but closed, which is an end. */
export const timedStageCount = 4;

export interface StageTimes {
  /** Last pipeline position before any cancellation: skipped stages count as passed, corrections do not. */
  reached: number;
  /** Finished time per timed stage in ms, summed over repeat stays; -1 when never there or still there. */
  stageMs: number[];
}

/** What the funnel needs from a referral's history, computed once per referral. */
export function stageTimes(history: Referral['history'], status: Referral['status']): StageTimes {
  const stageMs = [-1, -1, -1, -1];
  let reached = 0;
  let previousMs = Number.NEGATIVE_INFINITY;
  let ordered = true;
  const times = history.map((h) => {
    const ms = parseInstant(h.at);
    if (ms < previousMs) ordered = false;
    previousMs = ms;
    return ms;
  });
  // Old rows may hold history out of order; the general path sorts it.
  const stays = ordered
    ? history.map((h, i) => ({ status: h.status, fromMs: times[i] as number, toMs: times[i + 1] ?? null }))
    : stageStays(history);
  for (const stay of stays) {
    const k = pipelinePosition(stay.status);
    if (k >= 0) reached = k;
    if (k < 0 || k >= timedStageCount || stay.toMs === null) continue;
    stageMs[k] = Math.max(0, stageMs[k] as number) + (stay.toMs - stay.fromMs);
  }
  // A referral still in a stage has not finished it: leaving it out keeps open cases from pulling medians down.
  const now = pipelinePosition(status);
  if (now >= 0 && now < timedStageCount) stageMs[now] = -1;
  return { reached, stageMs };
}
