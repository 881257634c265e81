import { t } from '../../locales/i18n';
import type { LogEventRequest } from '../../messaging/event-log';
import { type EventType, eventFields, eventTypes, type MaterialLeft } from '../../storage/schemas';
import { localDay } from '../follow-ups/local-day';

/** How each event type reads to a liaison. */
export const eventTypeLabels: Record<EventType, string> = {
  'lunch-and-learn': t('events.lunchAndLearn'),
  'cme-dinner': t('events.cmeDinner'),
  'grand-rounds': t('events.grandRounds'),
  'open-house': t('events.openHouse'),
  other: t('events.other'),
};
export const eventTypeOptions = eventTypes.map((t) => [t, eventTypeLabels[t]] as const);

/** An event as the form holds it (strings for inputs; physicians chosen by id). */
export interface EventDraft {
  type: EventType;
  date: string;
  venue: string;
  speaker: string;
  programIds: string[];
  materialsLeft: MaterialLeft[];
  inviteeIds: string[];
  attendeeIds: string[];
  /** Office staff who came, one name per line or comma. */
  staff: string;
  cost: string;
  headcount: string;
  notes: string;
}

export function emptyEventDraft(now = new Date()): EventDraft {
  return {
    type: 'lunch-and-learn',
    date: localDay(now),
    venue: '',
    speaker: '',
    programIds: [],
    materialsLeft: [],
    inviteeIds: [],
    attendeeIds: [],
    staff: '',
    cost: '',
    headcount: '',
    notes: '',
  };
}

/** The `events.log` request for a draft, or a sentence saying what is wrong. */
export function eventRequestOf(d: EventDraft): { request: LogEventRequest } | { problem: string } {
  const cost = d.cost.trim() ? Math.round(Number.parseFloat(d.cost) * 100) : null;
  if (cost !== null && !(cost >= 0)) return { problem: t('events.theCostIsNotA') };
  const headcount = d.headcount.trim() ? Number(d.headcount) : null;
  if (headcount !== null && !(Number.isInteger(headcount) && headcount >= 0))
    return { problem: t('events.theHeadcountIsNotA') };
  const event = {
    type: d.type,
    date: d.date,
    venue: d.venue,
    speaker: d.speaker,
    programIds: d.programIds,
    materialsLeft: d.materialsLeft,
    inviteeIds: [...new Set([...d.inviteeIds, ...d.attendeeIds])],
    attendeeIds: d.attendeeIds,
    staffAttendees: d.staff
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    costCents: cost,
    headcount,
    notes: d.notes,
  };
  const parsed = eventFields.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${String(issue?.path[0] ?? 'event')}: ${issue?.message}` };
  }
  return { request: { event } };
}
