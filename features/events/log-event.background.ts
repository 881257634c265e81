import type { LogEventPayload, LogEventResponse } from '../../messaging/event-log';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Clock } from '../../storage/repositories/repository';
import type { activityType, EventType } from '../../storage/schemas';
import { loadSettings, saveSettings } from '../../storage/settings-store';
import { logOutreach } from '../outreach/log-outreach.background';

/** The outreach activity an event's touch is logged as. */
export const touchActivity: Record<EventType, (typeof activityType.options)[number]> = {
  'lunch-and-learn': 'lunch-and-learn',
  'cme-dinner': 'event',
  'grand-rounds': 'grand-rounds',
  'open-house': 'event',
  other: 'event',
};

/**
 * Stores an event and, through the one outreach write path (logOutreach), a touch for each attending physician:
 * dated at noon on the event's day, with the programs presented and materials left, and no gift of its own (the
 * compliance ledger splits the event's cost per attendee). All or nothing; the activity remembered for the
 * quick-log stays what it was.
 */
export function logEvent(db: RoundsDatabase, req: LogEventPayload, clock?: Clock): Promise<LogEventResponse> {
  const repos = repositories(db, clock);
  const tables = [db.events, db.physicians, db.practices, db.outreach, db.followUps, db.settings];
  return db.transaction('rw', tables, async () => {
    const { lastActivity } = await loadSettings(db);
    const event = await repos.events.create({ ...req.event, outreachIds: [] });
    const at = new Date(`${event.date}T12:00:00`).toISOString();
    const outreachIds: string[] = [];
    for (const physicianId of event.attendeeIds) {
      const touch = await logOutreach(
        db,
        {
          entry: {
            physicianIds: [physicianId],
            practiceId: null,
            type: touchActivity[event.type],
            at,
            durationMinutes: null,
            programIds: event.programIds,
            materialsLeft: event.materialsLeft,
            concern: null,
            giftValueCents: null,
            giftDescription: '',
            followUpDate: null,
            location: event.venue,
            satisfaction: null,
            eventId: event.id,
            sensitive: { notes: '', outcome: '', concernText: '', followUpText: '', concernResolution: '' },
          },
          newPhysicians: [],
        },
        clock,
      );
      outreachIds.push(touch.outreachId);
    }
    await repos.events.update(event.id, { outreachIds });
    await saveSettings(db, { lastActivity });
    return { eventId: event.id, outreachIds };
  });
}
