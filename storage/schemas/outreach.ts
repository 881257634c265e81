import { z } from 'zod';
import { day, instant, recordBase, recordId, systemKeys, text } from './common';

export const activityTypes = [
  'visit',
  'drop-in',
  'call',
  'email',
  'video',
  'lunch-and-learn',
  'event',
  'hospital-rounds',
  'grand-rounds',
  'medical-staff-meeting',
  'doctors-lounge',
  'other',
] as const;
/** Activities at a distance: every other type is in person and resets the visit cadence. */
const remoteActivities: ReadonlySet<string> = new Set(['call', 'email', 'video', 'other']);
/** Activities where the liaison and the physician met in person: they reset the visit cadence. */
export const inPersonActivities: ReadonlySet<string> = new Set(activityTypes.filter((t) => !remoteActivities.has(t)));
export const activityType = z.enum(activityTypes);

export const concernCategories = [
  'access',
  'scheduling-delay',
  'communication',
  'report-turnaround',
  'staff',
  'quality',
  'other',
] as const;

export const concern = z.object({
  category: z.enum(concernCategories),
  resolvedAt: instant.nullable().default(null),
});

/** Free text that may mention patients: kept apart from indexes (encryptable later). */
export const outreachSensitive = z.object({
  notes: text(10_000).default(''),
  outcome: text(2_000).default(''),
  concernText: text(2_000).default(''),
  followUpText: text(1_000).default(''),
});

const outreachObject = recordBase.extend({
  physicianIds: z.array(recordId).max(200).default([]),
  practiceId: recordId.nullable().default(null),
  type: activityType,
  at: instant,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .default(null),
  topics: z.array(text(100).min(1)).max(50).default([]),
  concern: concern.nullable().default(null),
  giftValueCents: z.number().int().min(0).max(10_000_000).nullable().default(null),
  giftDescription: text(200).default(''),
  followUpDate: day.nullable().default(null),
  /** Where it happened when that is not the office: "St. Mary's, 4 West" (schema version 3). */
  location: text(200).default(''),
  sensitive: outreachSensitive.default({ notes: '', outcome: '', concernText: '', followUpText: '' }),
});
const withSomeone = <T extends { physicianIds: string[]; practiceId: string | null }>(o: T) =>
  o.physicianIds.length > 0 || o.practiceId !== null;
const withSomeoneMessage = {
  message: 'an outreach is with at least one physician or a practice',
  path: ['physicianIds'],
};
export const outreach = outreachObject.refine(withSomeone, withSomeoneMessage);
export type Outreach = z.infer<typeof outreach>;
export const outreachInput = outreachObject.omit(systemKeys).refine(withSomeone, withSomeoneMessage);
export type OutreachInput = z.input<typeof outreachInput>;
