import { stageStays } from '../referrals/time-in-stages';
import { parseInstant } from './parse-instant';
import type { Referral } from './rows';

/** Stages with a duration: every pipeline stage but closed, which is an end. */
export const timedStageCount = 4;

type History = Referral['history'];

/** Pipeline position of a status (0 received … 4 closed), -1 for cancelled; a switch, not an indexOf, per entry. */
export function positionOf(status: Referral['status']): number {
  switch (status) {
    case 'received':
      return 0;
    case 'scheduled':
      return 1;
    case 'seen':
      return 2;
    case 'report-sent':
      return 3;
    case 'closed':
      return 4;
    default:
      return -1;
  }
}

/**
 * What the funnel needs from a referral's history, written into `stageMs[at … at + 4)` (finished ms per timed stage,
 * summed over repeat stays; -1 when never there or still there). Returns the last pipeline position reached before
 * any cancellation: skipped stages count as passed, corrections do not.
 */
export function writeStageTimes(
  history: History,
  status: Referral['status'],
  stageMs: Float64Array,
  at: number,
): number {
  // The usual case (history in time order) in one pass without intermediate arrays: ~300,000 entries at scale.
  stageMs.fill(-1, at, at + timedStageCount);
  let reached = 0;
  const n = history.length;
  let fromMs = n > 0 ? parseInstant((history[0] as History[number]).at) : 0;
  for (let i = 0; i < n; i++) {
    const open = i + 1 === n;
    const toMs = open ? 0 : parseInstant((history[i + 1] as History[number]).at);
    // Old rows may hold history out of order; the general path sorts it.
    if (!open && toMs < fromMs) return sortedStageTimes(history, status, stageMs, at);
    const k = positionOf((history[i] as History[number]).status);
    if (k >= 0) reached = k;
    if (open) break;
    if (k >= 0 && k < timedStageCount) stageMs[at + k] = Math.max(0, stageMs[at + k] as number) + (toMs - fromMs);
    fromMs = toMs;
  }
  return finish(status, stageMs, at, reached);
}

function sortedStageTimes(history: History, status: Referral['status'], stageMs: Float64Array, at: number): number {
  stageMs.fill(-1, at, at + timedStageCount);
  let reached = 0;
  for (const stay of stageStays(history)) {
    const k = positionOf(stay.status);
    if (k >= 0) reached = k;
    if (k < 0 || k >= timedStageCount || stay.toMs === null) continue;
    stageMs[at + k] = Math.max(0, stageMs[at + k] as number) + (stay.toMs - stay.fromMs);
  }
  return finish(status, stageMs, at, reached);
}

function finish(status: Referral['status'], stageMs: Float64Array, at: number, reached: number): number {
  // A referral still in a stage has not finished it: leaving it out keeps open cases from pulling medians down.
  const now = positionOf(status);
  if (now >= 0 && now < timedStageCount) stageMs[at + now] = -1;
  return reached;
}
