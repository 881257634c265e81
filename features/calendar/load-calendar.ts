import type { RoundsDatabase } from '../../storage/database';
import type { DayPlan, FollowUp } from '../../storage/schemas';
import { localDay } from '../follow-ups/local-day';
import { followUpEvent, type Office, planEvent } from './calendar-events';
import { type CalendarEvent, calendarText, userTimeZone } from './ics';

/** Physician and practice rows for the given physician ids (deleted ones left out). */
async function officesOf(db: RoundsDatabase, ids: readonly string[]): Promise<Map<string, Office>> {
  const physicians = (await db.physicians.bulkGet([...new Set(ids)])).filter((p) => p && !p.deletedAt);
  const practiceIds = [...new Set(physicians.flatMap((p) => (p?.practiceId ? [p.practiceId] : [])))];
  const practices = new Map((await db.practices.bulkGet(practiceIds)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return new Map(
    physicians.flatMap((p) =>
      p ? [[p.id, { physician: p, practice: (p.practiceId && practices.get(p.practiceId)) || null }] as const] : [],
    ),
  );
}

const eventsOf = async (db: RoundsDatabase, followUps: readonly FollowUp[], plans: readonly DayPlan[]) => {
  const ids = [
    ...followUps.flatMap((f) => (f.physicianId ? [f.physicianId] : [])),
    ...plans.flatMap((p) => p.stops.map((s) => s.physicianId)),
  ];
  const offices = await officesOf(db, ids);
  const events: CalendarEvent[] = [
    ...followUps.map((f) => followUpEvent(f, (f.physicianId && offices.get(f.physicianId)) || null)),
    ...plans.map((p) => planEvent(p, offices)),
  ];
  return events;
};

/** One follow-up's .ics text. */
export async function followUpCalendar(db: RoundsDatabase, followUp: FollowUp): Promise<string> {
  return calendarText(await eventsOf(db, [followUp], []), userTimeZone());
}

/** One day plan's .ics text. */
export async function planCalendar(db: RoundsDatabase, plan: DayPlan): Promise<string> {
  return calendarText(await eventsOf(db, [], [plan]), userTimeZone());
}

/** Every open follow-up and every plan from today on with stops still planned: options → `Export calendar`. */
export async function exportCalendar(db: RoundsDatabase, now = new Date()): Promise<{ text: string; events: number }> {
  const today = localDay(now);
  const [followUps, plans] = await Promise.all([
    db.followUps
      .where('[status+dueDate]')
      .between(['open', ''], ['open', '\uffff'])
      .filter((f) => !f.deletedAt)
      .toArray(),
    db.dayPlans
      .where('day')
      .aboveOrEqual(today)
      .filter((p) => !p.deletedAt && p.stops.some((s) => s.status === 'planned'))
      .toArray(),
  ]);
  const events = await eventsOf(db, followUps, plans);
  return { text: calendarText(events, userTimeZone(), now), events: events.length };
}

/** The download name of a calendar file: rounds-<what>-<day>.ics. */
export const calendarFileName = (what: string, day: string) => `rounds-${what}-${day}.ics`;
