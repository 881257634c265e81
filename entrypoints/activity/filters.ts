import type { Collection } from 'dexie';
import type { z } from 'zod';
import { addDays, localDay } from '../../features/follow-ups/local-day';
import type { RoundsDatabase } from '../../storage/database';
import { type activityType, activityTypes, type Outreach } from '../../storage/schemas';

/** What the Activity page shows: a local date range and optional physician, practice, type and program. */
export interface ActivityFilter {
  from: string;
  to: string;
  physicianId: string;
  practiceId: string;
  type: z.infer<typeof activityType> | '';
  /** A program presented (schema version 4: programs replaced the topic chips). */
  programId: string;
}

/** The default view: the last twelve weeks up to today. */
export function defaultFilter(today = localDay()): ActivityFilter {
  return { from: addDays(today, -83), to: today, physicianId: '', practiceId: '', type: '', programId: '' };
}

/** A filter from the page's query string (?physician=…&from=…), over the defaults. */
export function filterFromSearch(search: string, today = localDay()): ActivityFilter {
  const q = new URLSearchParams(search);
  const f = defaultFilter(today);
  const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  const type = q.get('type') ?? '';
  return {
    from: day(q.get('from')) ?? f.from,
    to: day(q.get('to')) ?? f.to,
    physicianId: q.get('physician') ?? '',
    practiceId: q.get('practice') ?? '',
    type: (activityTypes as readonly string[]).includes(type) ? (type as ActivityFilter['type']) : '',
    programId: q.get('program') ?? '',
  };
}

/** The instants bounding the local date range: [from 00:00, day after `to` 00:00). */
export function instantRange(f: Pick<ActivityFilter, 'from' | 'to'>): [string, string] {
  return [new Date(`${f.from}T00:00`).toISOString(), new Date(`${addDays(f.to, 1)}T00:00`).toISOString()];
}

/** True when a row passes every filter except the date range (the index handles that). */
export function matchesFilter(row: Outreach, f: ActivityFilter): boolean {
  if (row.deletedAt) return false;
  if (f.physicianId && !row.physicianIds.includes(f.physicianId)) return false;
  if (f.practiceId && row.practiceId !== f.practiceId) return false;
  if (f.type && row.type !== f.type) return false;
  if (f.programId && !row.programIds.includes(f.programId)) return false;
  return true;
}

/** Outreach matching the filter, newest first: through the physician index when one is chosen, else by date. */
export function outreachCollection(db: RoundsDatabase, f: ActivityFilter): Collection<Outreach, string> {
  const [start, end] = instantRange(f);
  if (f.physicianId) {
    return db.outreach
      .where('physicianIds')
      .equals(f.physicianId)
      .filter((o) => o.at >= start && o.at < end && matchesFilter(o, f))
      .reverse();
  }
  return db.outreach
    .where('at')
    .between(start, end, true, false)
    .reverse()
    .filter((o) => matchesFilter(o, f));
}

/** The filter as a query string, so a view can be linked and reloaded. */
export function filterToSearch(f: ActivityFilter): string {
  const q = new URLSearchParams({ from: f.from, to: f.to });
  if (f.physicianId) q.set('physician', f.physicianId);
  if (f.practiceId) q.set('practice', f.practiceId);
  if (f.type) q.set('type', f.type);
  if (f.programId) q.set('program', f.programId);
  return `?${q}`;
}
