import type { RoundsDatabase } from '../../storage/database';
import {
  closedConcernStatuses,
  type FollowUp,
  inPersonActivities,
  type Note,
  type Outreach,
  type Physician,
  type Practice,
} from '../../storage/schemas';
import { loadSettings } from '../../storage/settings-store';
import { cadenceOf } from '../cadence/visit-due';
import { livePrograms, programNameMap, programNames } from '../programs/program-names';
import { terminalStatuses } from '../referrals/status-pipeline';

/** A physician with the context a liaison wants at a glance. */
export interface PhysicianGlance {
  physician: Physician;
  lastOutreach: Outreach | null;
  openReferrals: number;
  latestNote: Note | null;
  /** The earliest open follow-up (overdue ones first by date). */
  nextFollowUp: FollowUp | null;
  /** The practice row (locations, hours), when the physician points at one. */
  practice: Practice | null;
  /** The newest in-person outreach (what the visit cadence counts from). */
  lastVisit: Outreach | null;
  /** The physician's visit cadence in days (their own, or the settings default). */
  visitEveryDays: number;
  /** Programs presented to this physician (in any outreach or event touch) and live programs not yet presented. */
  programsHeard: string[];
  programsNotHeard: string[];
  /** The names of the programs presented at the last outreach. */
  lastOutreachPrograms: string[];
  /** Outreach with a concern still open or in progress, oldest first. */
  openConcerns: Outreach[];
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
  const [physicians, notes, outreach, referrals, followUps, settings, programs] = await Promise.all([
    db.physicians.bulkGet(unique),
    db.notes.where('physicianIds').anyOf(unique).toArray(),
    db.outreach.where('physicianIds').anyOf(unique).toArray(),
    db.referrals.where('physicianId').anyOf(unique).toArray(),
    db.followUps.where('physicianId').anyOf(unique).toArray(),
    loadSettings(db),
    db.programs.toArray(),
  ]);
  const names = programNameMap(programs);
  const live = livePrograms(programs);
  const practiceIds = [...new Set(physicians.flatMap((p) => (p?.practiceId ? [p.practiceId] : [])))];
  const practices = new Map(
    (await db.practices.bulkGet(practiceIds)).flatMap((p) => (p && !p.deletedAt ? [[p.id, p] as const] : [])),
  );
  const glances: PhysicianGlance[] = [];
  for (const physician of physicians) {
    if (!physician || physician.deletedAt) continue;
    const id = physician.id;
    const mine = <T extends { deletedAt: string | null }>(rows: T[], has: (row: T) => boolean) =>
      rows.filter((r) => !r.deletedAt && has(r));
    const open = mine(followUps, (f) => f.physicianId === id && f.status === 'open');
    const theirs = mine(outreach, (o) => o.physicianIds.includes(id));
    const heard = new Set(theirs.flatMap((o) => o.programIds));
    const lastOutreach = latestBy(theirs, (o) => o.at);
    glances.push({
      physician,
      lastOutreach,
      programsHeard: live.filter((p) => heard.has(p.id)).map((p) => p.name),
      programsNotHeard: live.filter((p) => !heard.has(p.id)).map((p) => p.name),
      lastOutreachPrograms: lastOutreach ? programNames(lastOutreach.programIds, names) : [],
      openConcerns: theirs
        .filter((o) => o.concern && !closedConcernStatuses.has(o.concern.status))
        .sort((a, b) => a.at.localeCompare(b.at)),
      lastVisit: latestBy(
        theirs.filter((o) => inPersonActivities.has(o.type)),
        (o) => o.at,
      ),
      practice: (physician.practiceId && practices.get(physician.practiceId)) || null,
      visitEveryDays: cadenceOf(physician, settings.defaultVisitEveryDays),
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
