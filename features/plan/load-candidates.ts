import type { RoundsDatabase } from '../../storage/database';
import { inPersonActivities, type Physician } from '../../storage/schemas';
import { loadSettings } from '../../storage/settings-store';
import { lastVisits, weekdayOf } from '../cadence/visit-due';
import { isActive, openFollowUpsUntil } from '../follow-ups/due';
import { addDays, localDay } from '../follow-ups/local-day';
import { type PlanCandidate, planCandidates } from './plan-candidates';

/** Everything the candidate list reads, so a page can recompute on a filter change without reading again. */
export interface CandidateData {
  inOffice: Physician[];
  others: Physician[];
  lastVisits: Map<string, string>;
  followUps: Awaited<ReturnType<typeof openFollowUpsUntil>>;
  day: string;
  today: string;
  defaultEveryDays: number;
  /** How far back in-person outreach was read (the longest cadence): older visits count as none. */
  windowDays: number;
  /** Every tag of the day's physicians, sorted: the territory filter's choices. */
  tags: string[];
}

/**
 * Reads what the day's candidates need through indexes: physicians in the office that weekday (`*officeDays`),
 * in-person outreach since the longest cadence among them (`at`), and open follow-ups due by the day.
 */
export async function loadCandidateData(db: RoundsDatabase, day: string, now = new Date()): Promise<CandidateData> {
  const today = localDay(now);
  const [settings, inOffice, followUpRows] = await Promise.all([
    loadSettings(db),
    db.physicians
      .where('officeDays')
      .equals(weekdayOf(day))
      .filter((p) => !p.deletedAt)
      .toArray(),
    openFollowUpsUntil(db, day),
  ]);
  // Snoozed follow-ups count once their snooze ends by the plan's day.
  const followUps = followUpRows.filter((f) => isActive(f, day));
  let longest = settings.defaultVisitEveryDays;
  for (const p of inOffice) if (p.visitEveryDays && p.visitEveryDays > longest) longest = p.visitEveryDays;
  const since = new Date(`${addDays(today, -longest - 1)}T00:00:00`).toISOString();
  const known = new Set(inOffice.map((p) => p.id));
  const missing = [
    ...new Set(followUps.flatMap((f) => (f.physicianId && !known.has(f.physicianId) ? [f.physicianId] : []))),
  ];
  const [recent, others] = await Promise.all([
    db.outreach
      .where('at')
      .aboveOrEqual(since)
      .filter((o) => inPersonActivities.has(o.type))
      .toArray(),
    db.physicians.bulkGet(missing),
  ]);
  const tags = new Set<string>();
  for (const p of inOffice) for (const t of p.tags) tags.add(t);
  return {
    inOffice,
    others: others.filter((p): p is Physician => Boolean(p && !p.deletedAt)),
    lastVisits: lastVisits(recent),
    followUps,
    day,
    today,
    defaultEveryDays: settings.defaultVisitEveryDays,
    windowDays: longest,
    tags: [...tags].sort(),
  };
}

/** The candidates of loaded data for a tag filter and the stops already planned. */
export function candidatesOf(data: CandidateData, tag: string, planned: ReadonlySet<string>): PlanCandidate[] {
  return planCandidates({ ...data, weekday: weekdayOf(data.day), tag, planned });
}
