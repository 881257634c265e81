import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Clock } from '../../storage/repositories/repository';
import type { FollowUp } from '../../storage/schemas';

/** Marks a follow-up done (it leaves the due list and the badge). */
export function markFollowUpDone(db: RoundsDatabase, id: string, clock: Clock = () => new Date()): Promise<FollowUp> {
  return repositories(db, clock).followUps.update(id, { status: 'done', doneAt: clock().toISOString() });
}

/** Reopens a follow-up marked done by mistake (the undo of markFollowUpDone). */
export function reopenFollowUp(db: RoundsDatabase, id: string, clock?: Clock): Promise<FollowUp> {
  return repositories(db, clock).followUps.update(id, { status: 'open', doneAt: null });
}

/** Hides a follow-up from the due list until `until` (a local day). */
export function snoozeFollowUp(db: RoundsDatabase, id: string, until: string, clock?: Clock): Promise<FollowUp> {
  return repositories(db, clock).followUps.update(id, { snoozedUntil: until });
}
