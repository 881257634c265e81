import { z } from 'zod';
import { day, instant, recordBase, recordId, systemKeys, text } from './common';

export const followUpStatuses = ['open', 'done'] as const;
/**
 * Where a follow-up came from: typed by a person, set while logging outreach, created to close a referral's loop,
 * or to tell a physician what changed about their concern (schema version 4).
 */
export const followUpKinds = ['manual', 'outreach', 'referral-loop', 'concern'] as const;

export const followUp = recordBase.extend({
  dueDate: day,
  /** Set while snoozed: the follow-up is hidden from "due" until this day. */
  snoozedUntil: day.nullable().default(null),
  status: z.enum(followUpStatuses).default('open'),
  /** Added in schema version 2 (version 1 rows are upgraded from their links, see storage/versions.ts). */
  kind: z.enum(followUpKinds).default('manual'),
  doneAt: instant.nullable().default(null),
  physicianId: recordId.nullable().default(null),
  referralId: recordId.nullable().default(null),
  outreachId: recordId.nullable().default(null),
  sensitive: z.object({ text: text(2_000).default('') }).default({ text: '' }),
});
export type FollowUp = z.infer<typeof followUp>;
export const followUpInput = followUp.omit(systemKeys);
export type FollowUpInput = z.input<typeof followUpInput>;
