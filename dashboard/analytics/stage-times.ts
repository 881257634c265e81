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

type History = Referral['history'];

/** What the funnel needs from a referral's history, computed once per referral. */
export function stageTimes(history: History, status: Referral['status']): StageTimes {
  // The usual case (history in time order) in one pass without intermediate arrays: ~300,000 entries at scale.
  const times = new StageAccumulator();
  let fromMs = history.length ? parseInstant((history[0] as History[number]).at) : 0;
  for (let i = 0; i < history.length; i++) {
    const next = history[i + 1];
    const toMs = next ? parseInstant(next.at) : null;
    // Old rows may hold history out of order; the general path sorts it.
    if (toMs !== null && toMs < fromMs) return sortedStageTimes(history, status);
    times.add((history[i] as History[number]).status, fromMs, toMs);
    if (toMs !== null) fromMs = toMs;
  }
  return times.finish(status);
}

function sortedStageTimes(history: History, status: Referral['status']): StageTimes {
  const times = new StageAccumulator();
  for (const stay of stageStays(history)) times.add(stay.status, stay.fromMs, stay.toMs);
  return times.finish(status);
}

class StageAccumulator {
  stageMs = [-1, -1, -1, -1];
  reached = 0;

  add(status: Referral['status'], fromMs: number, toMs: number | null): void {
    const k = pipelinePosition(status);
    if (k >= 0) this.reached = k;
    if (k < 0 || k >= timedStageCount || toMs === null) return;
    this.stageMs[k] = Math.max(0, this.stageMs[k] as number) + (toMs - fromMs);
  }

  finish(status: Referral['status']): StageTimes {
    // A referral still in a stage has not finished it: leaving it out keeps open cases from pulling medians down.
    const now = pipelinePosition(status);
    if (now >= 0 && now < timedStageCount) this.stageMs[now] = -1;
    return { reached: this.reached, stageMs: this.stageMs };
  }
}
