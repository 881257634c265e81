import type { RoundsDatabase } from '../../storage/database';
import type { FollowUp, Note, Outreach, Physician } from '../../storage/schemas';
import { terminalStatuses } from '../referrals/status-pipeline';

/** A physician with the context a liaison wants at a glance. */
export interface PhysicianGlance {
  physician: Physician;
  lastOutreach: Outreach | null;
  openReferrals: number;
  latestNote: Note | null;
  /** The earliest open follow-up (overdue ones first by date). */
  nextFollowUp: FollowUp | null;
}

const latestBy = <T>(rows: T[], key: (row: T) => string): T | null =>
  rows.reduce<T | null>((best, row) => (best === null || key(row) > key(best) ? row : best), null);

/**
 * Loads glances for the given physician ids, in that order (unknown and deleted ids are left out).
 * One bulkGet plus one indexed anyOf query per related table, so the cost follows the ids, not the directory.
 */
export async function loadGlances(db: RoundsDatabase, ids: readonly string[]): Promise<PhysicianGlance[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const [physicians, notes, outreach, referrals, followUps] = await Promise.all([
    db.physicians.bulkGet(unique),
    db.notes.where('physicianIds').anyOf(unique).toArray(),
    db.outreach.where('physicianIds').anyOf(unique).toArray(),
    db.referrals.where('physicianId').anyOf(unique).toArray(),
    db.followUps.where('physicianId').anyOf(unique).toArray(),
  ]);
  const glances: PhysicianGlance[] = [];
  for (const physician of physicians) {
    if (!physician || physician.deletedAt) continue;
    const id = physician.id;
    const mine = <T extends { deletedAt: string | null }>(rows: T[], has: (row: T) => boolean) =>
      rows.filter((r) => !r.deletedAt && has(r));
    const open = mine(followUps, (f) => f.physicianId === id && f.status === 'open');
    glances.push({
      physician,
      lastOutreach: latestBy(
        mine(outreach, (o) => o.physicianIds.includes(id)),
        (o) => o.at,
      ),
      openReferrals: mine(referrals, (r) => r.physicianId === id && !terminalStatuses.includes(r.status)).length,
      latestNote: latestBy(
        mine(notes, (n) => n.physicianIds.includes(id)),
        (n) => n.createdAt,
      ),
      nextFollowUp: open.reduce<FollowUp | null>((a, f) => (a === null || f.dueDate < a.dueDate ? f : a), null),
    });
  }
  return glances;
}
