import { z } from 'zod';
import { eventFields, recordId } from '../storage/schemas';

/** What `events.log` carries: the event as the form filled it (the touches are the background's to create). */
export const logEventRequest = z.object({ event: eventFields });
export type LogEventRequest = z.input<typeof logEventRequest>;
export type LogEventPayload = z.output<typeof logEventRequest>;

export const logEventResponse = z.object({ eventId: recordId, outreachIds: z.array(recordId) });
export type LogEventResponse = z.output<typeof logEventResponse>;
