import { inPersonActivities, type Outreach, type Weekday, weekdays } from '../../storage/schemas';

/**
 * Visit cadence: a physician is due for a visit `everyDays` calendar days after the local day of the last
 * in-person outreach (a visit, drop-in, lunch-and-learn, event or hospital presence). Calls and emails are touches,
 * not visits. Days are local calendar days, so a DST change or a month's length never shifts a due date.
 */
export interface VisitDue {
  /** The local day the next visit is due, or null when never visited (due now). */
  dueDay: string | null;
  /** Days from today to the due day: negative when overdue; null when never visited. */
  daysUntil: number | null;
}

const dayNumber = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

const pad = (n: number) => String(n).padStart(2, '0');
/** The day `n` days after day number `d` (days since 1970-01-01), as YYYY-MM-DD. */
const dayText = (d: number) => {
  const t = new Date(d * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
/** The local calendar day of an instant, as a day number (the zone's midnight, not UTC's). */
const localDayNumber = (at: Date) => Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()) / 86_400_000;

/** Whole calendar days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** When the next visit is due after a last visit at `lastVisitAt` (an instant; its local day counts). */
export function visitDue(lastVisitAt: string | null, everyDays: number, today: string): VisitDue {
  if (!lastVisitAt) return { dueDay: null, daysUntil: null };
  const dueDay = dayText(localDayNumber(new Date(lastVisitAt)) + everyDays);
  return { dueDay, daysUntil: daysBetween(today, dueDay) };
}

/** True when a visit is due on `day` or earlier (never visited counts as due). */
export function isDueBy(due: VisitDue, today: string, day: string = today): boolean {
  return due.daysUntil === null || due.daysUntil <= daysBetween(today, day);
}

/** A physician's own cadence, or the settings default. */
export function cadenceOf(physician: { visitEveryDays: number | null }, defaultDays: number): number {
  return physician.visitEveryDays ?? defaultDays;
}

/** The newest in-person outreach time per physician id, over any rows (deleted ones skipped). */
export function lastVisits(rows: Iterable<Outreach>): Map<string, string> {
  const last = new Map<string, string>();
  for (const o of rows) {
    if (o.deletedAt || !inPersonActivities.has(o.type)) continue;
    for (const id of o.physicianIds) {
      const seen = last.get(id);
      if (!seen || o.at > seen) last.set(id, o.at);
    }
  }
  return last;
}

/** The weekday of a local day (mon…sun). */
export function weekdayOf(day: string): Weekday {
  const index = (new Date(dayNumber(day) * 86_400_000).getUTCDay() + 6) % 7;
  return weekdays[index] as Weekday;
}
