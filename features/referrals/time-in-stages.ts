import type { Referral, ReferralStatus } from '../../storage/schemas';
import { terminalStatuses } from './status-pipeline';

/** One stay in a status: from its history entry until the next entry, or `null` while still in it. */
export interface StageStay {
  status: ReferralStatus;
  fromMs: number;
  toMs: number | null;
}

/** The referral's history as stays, in time order (history is append-only, but old rows may be out of order). */
export function stageStays(history: Referral['history']): StageStay[] {
  const entries = history.map((h, i) => ({ status: h.status, ms: Date.parse(h.at), i }));
  // A stable sort keeps same-instant entries in the order they were written.
  entries.sort((a, b) => a.ms - b.ms || a.i - b.i);
  return entries.map((e, i) => ({ status: e.status, fromMs: e.ms, toMs: entries[i + 1]?.ms ?? null }));
}

/**
 * Milliseconds spent in each non-terminal status, summed over repeat visits (after a move back).
 * The current stay counts up to `now`; closed and cancelled are ends, not stages, so they are left out.
 */
export function timeInStages(
  referral: Pick<Referral, 'history'>,
  now: Date = new Date(),
): Partial<Record<ReferralStatus, number>> {
  const totals: Partial<Record<ReferralStatus, number>> = {};
  const nowMs = now.getTime();
  for (const stay of stageStays(referral.history)) {
    if (terminalStatuses.includes(stay.status)) continue;
    const spent = Math.max(0, (stay.toMs ?? nowMs) - stay.fromMs);
    totals[stay.status] = (totals[stay.status] ?? 0) + spent;
  }
  return totals;
}
