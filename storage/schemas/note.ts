import { z } from 'zod';
import { pageRef, recordBase, recordId, systemKeys, text } from './common';

/** The part of a note that can carry patient information: never indexed, so it can be encrypted at rest. */
export const noteSensitive = z.object({
  body: text(20_000).min(1, 'a note needs some text'),
});

export const note = recordBase.extend({
  physicianIds: z.array(recordId).max(200).default([]),
  referralId: recordId.nullable().default(null),
  page: pageRef.nullable().default(null),
  /** Copy of page.key (or null) so the index stays outside the page object. */
  pageKey: z.string().nullable().default(null),
  sensitive: noteSensitive,
});
export type Note = z.infer<typeof note>;
export const noteInput = note.omit({ ...systemKeys, pageKey: true });
export type NoteInput = z.input<typeof noteInput>;
