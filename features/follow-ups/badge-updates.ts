import type { RoundsDatabase } from '../../storage/database';
import { onCommittedWrites } from '../../storage/write-events';

/**
 * The one rule for the toolbar badge: every committed write to the followUps table, in any context, has the
 * background recount it. The background recounts its own writes directly (`badge.background.ts`); a page tells
 * the background with `followUps.changed` (which also wakes a stopped service worker). The first write is told at
 * once; writes that follow within `quietMs` (an import's batches) are told once more when they stop.
 */
export function onFollowUpWrites(db: Pick<RoundsDatabase, 'name'>, recount: () => void, quietMs = 50): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let more = false;
  const settle = () => {
    quiet = undefined;
    if (!more) return;
    more = false;
    recount();
    quiet = setTimeout(settle, quietMs);
  };
  return onCommittedWrites(db, (tables) => {
    if (!tables.has('followUps')) return;
    if (quiet !== undefined) {
      more = true;
      return;
    }
    recount();
    quiet = setTimeout(settle, quietMs);
  });
}
