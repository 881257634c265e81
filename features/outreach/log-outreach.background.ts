import {
  incompleteTag,
  type LogOutreachPayload,
  type LogOutreachResponse,
  type UndoOutreachPayload,
} from '../../messaging/outreach-log';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Clock } from '../../storage/repositories/repository';
import { saveSettings } from '../../storage/settings-store';

/**
 * Stores an outreach, the physicians first named in it, and its follow-up (when it has a follow-up date) in one
 * transaction, and remembers the activity type for the next entry. All or nothing.
 */
export function logOutreach(db: RoundsDatabase, req: LogOutreachPayload, clock?: Clock): Promise<LogOutreachResponse> {
  const repos = repositories(db, clock);
  return db.transaction('rw', [db.physicians, db.practices, db.outreach, db.followUps, db.settings], async () => {
    const known = await db.physicians.bulkGet(req.entry.physicianIds);
    const missing = req.entry.physicianIds.filter((_, i) => !known[i] || known[i]?.deletedAt);
    if (missing.length) throw new Error(`no physician ${missing.join(', ')}`);
    if (req.entry.practiceId && !(await repos.practices.get(req.entry.practiceId))) {
      throw new Error(`no practice ${req.entry.practiceId}`);
    }
    const created: string[] = [];
    for (const p of req.newPhysicians) {
      created.push((await repos.physicians.create({ ...p, tags: [incompleteTag] })).id);
    }
    const physicianIds = [...new Set([...req.entry.physicianIds, ...created])];
    const outreach = await repos.outreach.create({ ...req.entry, physicianIds });
    let followUpId: string | null = null;
    if (outreach.followUpDate) {
      const followUp = await repos.followUps.create({
        dueDate: outreach.followUpDate,
        kind: 'outreach',
        physicianId: physicianIds[0] ?? null,
        outreachId: outreach.id,
        sensitive: { text: outreach.sensitive.followUpText },
      });
      followUpId = followUp.id;
    }
    await saveSettings(db, { lastActivity: outreach.type });
    return { outreachId: outreach.id, followUpId, physicianIds, createdPhysicianIds: created };
  });
}

/** Undoes a log: soft-deletes the outreach, its follow-ups, and physicians it created that nothing else mentions. */
export function undoOutreach(
  db: RoundsDatabase,
  req: UndoOutreachPayload,
  clock?: Clock,
): Promise<{ undone: boolean }> {
  const repos = repositories(db, clock);
  return db.transaction('rw', [db.physicians, db.outreach, db.followUps], async () => {
    const outreach = await repos.outreach.get(req.outreachId);
    if (!outreach) return { undone: false };
    await repos.outreach.softDelete(outreach.id);
    const followUps = await db.followUps.where('outreachId').equals(outreach.id).toArray();
    for (const f of followUps) if (!f.deletedAt) await repos.followUps.softDelete(f.id);
    for (const id of req.createdPhysicianIds) {
      if (!outreach.physicianIds.includes(id)) continue;
      const others = await db.outreach
        .where('physicianIds')
        .equals(id)
        .filter((o) => !o.deletedAt)
        .count();
      const p = await repos.physicians.get(id);
      if (others === 0 && p?.tags.includes(incompleteTag)) await repos.physicians.softDelete(id);
    }
    return { undone: true };
  });
}
