import { addDays, localDay } from '../../features/follow-ups/local-day';
import type { RoundsDatabase } from '../../storage/database';
import { type ActivityFilter, outreachCollection } from './filters';

/** The Monday (local day) of the week an instant falls in. */
export function weekOf(at: string): string {
  const d = new Date(at);
  const day = localDay(d);
  return addDays(day, -((d.getDay() + 6) % 7));
}

/** Outreach count per week (Monday → count), newest week first, zero weeks included. */
export function totalsFromInstants(instants: Iterable<string>, f: Pick<ActivityFilter, 'from' | 'to'>) {
  const counts = new Map<string, number>();
  for (let w = weekOf(`${f.to}T12:00`); w >= weekOf(`${f.from}T12:00`); w = addDays(w, -7)) counts.set(w, 0);
  for (const at of instants) {
    const w = weekOf(at);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].map(([week, count]) => ({ week, count }));
}

/** Totals per week for the filter (one pass over the matching rows, soft-deleted ones left out). */
export async function weekTotals(db: RoundsDatabase, f: ActivityFilter) {
  const ats: string[] = [];
  await outreachCollection(db, f).each((o) => {
    ats.push(o.at);
  });
  return totalsFromInstants(ats, f);
}
