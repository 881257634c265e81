import { z } from 'zod';
import { day, instant, recordBase, recordId, systemKeys, text } from './common';
import { materialLeft } from './program';

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

/** Where a concern stands (schema version 4; older concerns are open, or resolved when they had `resolvedAt`). */
export const concernStatuses = ['open', 'in-progress', 'resolved', 'wont-fix'] as const;
export type ConcernStatus = (typeof concernStatuses)[number];
/** Statuses that close a concern: it leaves Open concerns and counts in time to resolve. */
export const closedConcernStatuses: ReadonlySet<ConcernStatus> = new Set(['resolved', 'wont-fix']);

/** A dated step taken on a concern: "called Radiology's manager". */
export const concernAction = z.object({ on: day, text: text(1_000).min(1, 'an action needs a text') });

export const concern = z.object({
  category: z.enum(concernCategories),
  /** When it was closed (resolved or won't fix); null while open or in progress. */
  resolvedAt: instant.nullable().default(null),
  status: z.enum(concernStatuses).default('open'),
  /** The hospital department it concerns and who there owns it (schema version 4). */
  department: text(100).default(''),
  owner: text(100).default(''),
  actions: z.array(concernAction).max(100).default([]),
  /** The day the liaison told the physician what changed. */
  reportedBackOn: day.nullable().default(null),
});
export type Concern = z.infer<typeof concern>;

/** Free text that may mention patients: kept apart from indexes (encryptable later). */
export const outreachSensitive = z.object({
  notes: text(10_000).default(''),
  outcome: text(2_000).default(''),
  concernText: text(2_000).default(''),
  followUpText: text(1_000).default(''),
  /** What was done about the concern (schema version 4). */
  concernResolution: text(2_000).default(''),
});
const noSensitive = { notes: '', outcome: '', concernText: '', followUpText: '', concernResolution: '' };

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
  /** Programs presented (schema version 4: version 3's free-text topics became programs). */
  programIds: z.array(recordId).max(50).default([]),
  materialsLeft: z.array(materialLeft).max(100).default([]),
  concern: concern.nullable().default(null),
  giftValueCents: z.number().int().min(0).max(10_000_000).nullable().default(null),
  giftDescription: text(200).default(''),
  followUpDate: day.nullable().default(null),
  /** Where it happened when that is not the office: "St. Mary's, 4 West" (schema version 3). */
  location: text(200).default(''),
  /** How satisfied the physician said they are, 1 (not at all) to 5 (very) (schema version 4). */
  satisfaction: z.number().int().min(1).max(5).nullable().default(null),
  /** The event this touch was created for (features/events), null for a touch logged by itself. */
  eventId: recordId.nullable().default(null),
  sensitive: outreachSensitive.default(noSensitive),
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
