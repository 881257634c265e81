import { z } from 'zod';
import { day, recordBase, recordId, systemKeys, text } from './common';
import { materialLeft } from './program';

export const eventTypes = ['lunch-and-learn', 'cme-dinner', 'grand-rounds', 'open-house', 'other'] as const;
export type EventType = (typeof eventTypes)[number];

/**
 * An event the liaison held (schema version 4): who was invited and who came, what was presented, what it cost.
 * Logging one creates an outreach touch per attending physician (features/events/log-event.background.ts); its
 * cost is split per attendee in the compliance ledger (features/compliance/ledger.ts).
 */
export const eventFields = z.object({
  type: z.enum(eventTypes),
  date: day,
  /** Where: a practice's name, a restaurant, a hospital room. */
  venue: text(200).default(''),
  programIds: z.array(recordId).max(50).default([]),
  materialsLeft: z.array(materialLeft).max(100).default([]),
  speaker: text(200).default(''),
  inviteeIds: z.array(recordId).max(500).default([]),
  attendeeIds: z.array(recordId).max(500).default([]),
  /** Office staff who came, by name (they are not in the directory as physicians). */
  staffAttendees: z.array(text(200).min(1)).max(200).default([]),
  costCents: z.number().int().min(0).max(100_000_000).nullable().default(null),
  /** Everyone who ate, when more than the named attendees (the cost is split over the larger of the two). */
  headcount: z.number().int().min(0).max(100_000).nullable().default(null),
  notes: text(5_000).default(''),
});

export const event = recordBase.extend(eventFields.shape).extend({
  /** The outreach touches this event created, one per attending physician (set by the background). */
  outreachIds: z.array(recordId).max(500).default([]),
});
export type RoundsEvent = z.infer<typeof event>;
export const eventInput = event.omit({ ...systemKeys });
export type EventInput = z.input<typeof eventInput>;
