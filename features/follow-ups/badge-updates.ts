import type { RoundsDatabase } from '../../storage/database';
import { onCommittedWrites } from '../../storage/write-events';

/**
 * The one rule for the toolbar badge: every committed write to the followUps table, in any context, has the
 * background recount it. The background recounts its own writes directly (`badge.background.ts`); a page tells
 * the background with `followUps.changed` (which also wakes a stopped service worker). Writes that land together
 * (an import, a referral moved with its loop follow-up) are told once.
 */
export function onFollowUpWrites(db: RoundsDatabase, recount: () => void, delayMs = 50): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return onCommittedWrites(db, (tables) => {
    if (!tables.has('followUps') || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      recount();
    }, delayMs);
  });
}
