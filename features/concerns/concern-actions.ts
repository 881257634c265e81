import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Clock } from '../../storage/repositories/repository';
import { type ConcernStatus, closedConcernStatuses, type Outreach } from '../../storage/schemas';
import { addDays, localDay } from '../follow-ups/local-day';

/** What the concern form changes; actions are added one at a time, never rewritten. */
export interface ConcernUpdate {
  status: ConcernStatus;
  department: string;
  owner: string;
  resolution: string;
  /** The day the physician was told what changed (YYYY-MM-DD), or '' when not yet. */
  reportedBackOn: string;
  /** A dated step to add ('' text: none). */
  action: { on: string; text: string };
}

/** Days after closing a concern until the "tell the physician" follow-up is due. */
export const reportBackAfterDays = 3;

/**
 * Saves a concern's workflow in one transaction: status (closing stamps `resolvedAt`, reopening clears it),
 * department, owner, a new dated action, the resolution (sensitive) and the reported-back day. Closing a concern
 * that is not yet reported back creates a `concern` follow-up (tell the physician what changed); reporting back
 * marks that follow-up done.
 */
export function updateConcern(
  db: RoundsDatabase,
  outreachId: string,
  update: ConcernUpdate,
  clock: Clock = () => new Date(),
): Promise<Outreach> {
  const repos = repositories(db, clock);
  return db.transaction('rw', [db.outreach, db.followUps], async () => {
    const o = await repos.outreach.get(outreachId);
    if (!o?.concern) throw new Error(t('concerns.thisOutreachHasNoConcern'));
    const closed = closedConcernStatuses.has(update.status);
    const now = clock();
    const actions = update.action.text.trim()
      ? [...o.concern.actions, { on: update.action.on || localDay(now), text: update.action.text.trim() }]
      : o.concern.actions;
    const saved = await repos.outreach.update(o.id, {
      concern: {
        ...o.concern,
        status: update.status,
        resolvedAt: closed ? (o.concern.resolvedAt ?? now.toISOString()) : null,
        department: update.department.trim(),
        owner: update.owner.trim(),
        actions,
        reportedBackOn: update.reportedBackOn || null,
      },
      sensitive: { ...o.sensitive, concernResolution: update.resolution.trim() },
    });
    const reminders = (await db.followUps.where('outreachId').equals(o.id).toArray()).filter(
      (f) => f.kind === 'concern' && !f.deletedAt && f.status === 'open',
    );
    if (update.reportedBackOn) {
      for (const f of reminders) await repos.followUps.update(f.id, { status: 'done', doneAt: now.toISOString() });
    } else if (closed && reminders.length === 0) {
      const line = update.resolution.trim().split('\n')[0]?.slice(0, 120) ?? '';
      const what = line ? `: ${line}` : '';
      await repos.followUps.create({
        dueDate: addDays(localDay(now), reportBackAfterDays),
        kind: 'concern',
        physicianId: o.physicianIds[0] ?? null,
        outreachId: o.id,
        sensitive: { text: t('concerns.tellThemWhatChangedAbout', { what }) },
      });
    }
    return saved;
  });
}

/** Open concerns (open or in progress) and closed ones not yet reported back, oldest first. */
export async function loadConcernsToWork(db: RoundsDatabase, physicianId?: string): Promise<Outreach[]> {
  const rows = physicianId
    ? await db.outreach.where('physicianIds').equals(physicianId).toArray()
    : await db.outreach.filter((o) => o.concern !== null).toArray();
  return rows
    .filter(
      (o) => !o.deletedAt && o.concern && (!closedConcernStatuses.has(o.concern.status) || !o.concern.reportedBackOn),
    )
    .sort((a, b) => a.at.localeCompare(b.at));
}
