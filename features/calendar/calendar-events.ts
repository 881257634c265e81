import { t, tn } from '../../locales/i18n';
import type { DayPlan, FollowUp, Physician, Practice } from '../../storage/schemas';
import { weekdayOf } from '../cadence/visit-due';
import { displayName } from '../directory/display-name';
import { routableAddress } from '../directory/office-profile';
import { stopLocation } from '../plan/stop-location';
import type { CalendarEvent } from './ics';

/**
 * Calendar entries name the physician and the practice, nothing else: a follow-up's own text, notes and referral
 * details can carry patient information and never go into a calendar (which often syncs to other services).
 */
export interface Office {
  physician: Physician;
  practice: Practice | null;
}

/** The hour a follow-up's reminder is set at: a due date is a day, the calendar needs a time. */
export const followUpTime = '09:00';

const practiceOf = (o: Office) => o.physician.practiceName || o.practice?.name || '';

/** A follow-up as a 15-minute entry on its due day (or its snooze end). */
export function followUpEvent(f: FollowUp, office: Office | null): CalendarEvent {
  const name = office ? displayName(office.physician) : '';
  const practice = office ? practiceOf(office) : '';
  const who = [name, practice].filter(Boolean).join(', ');
  const what = f.kind === 'referral-loop' ? t('calendar.updateTheReferringOffice') : t('calendar.followUpWhat');
  const location = office ? stopLocation(office, { locationId: '' }, weekdayOf(f.dueDate)) : null;
  const phone = location?.phone || office?.physician.phone || '';
  return {
    uid: f.id,
    day: f.snoozedUntil && f.snoozedUntil > f.dueDate ? f.snoozedUntil : f.dueDate,
    time: followUpTime,
    minutes: 15,
    summary: who ? `${what}: ${who}` : t('calendar.roundsWhat', { what: what.toLowerCase() }),
    description: [
      who ? t('calendar.followUpWith', { who }) : t('calendar.followUp'),
      phone && t('calendar.officePhonePhone', { phone }),
    ]
      .filter(Boolean)
      .join(' '),
    location: routableAddress(location),
  };
}

/** A day plan as one entry from its start time, one line per stop (skipped stops left out). */
export function planEvent(plan: DayPlan, offices: ReadonlyMap<string, Office>): CalendarEvent {
  const weekday = weekdayOf(plan.day);
  const stops = plan.stops.filter((s) => s.status !== 'skipped');
  const lines = stops.map((s, i) => {
    const office = offices.get(s.physicianId);
    if (!office) return `${i + 1}. ${t('calendar.physicianGone')}`;
    const where = routableAddress(stopLocation(office, s, weekday));
    return `${i + 1}. ${displayName(office.physician)}${practiceOf(office) ? `, ${practiceOf(office)}` : ''}${where ? ` (${where})` : ''}`;
  });
  const first = stops[0] && offices.get(stops[0].physicianId);
  return {
    uid: plan.id,
    day: plan.day,
    time: plan.startTime,
    minutes: Math.max(1, stops.length) * plan.minutesPerStop,
    summary: tn('calendar.officeVisits', stops.length),
    description: [t('calendar.plannedInRounds'), ...lines].join('\n'),
    location: first ? routableAddress(stopLocation(first, stops[0] as DayPlan['stops'][number], weekday)) : '',
  };
}
