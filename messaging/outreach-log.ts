import { z } from 'zod';
import { outreachInput, physicianInput, recordId } from '../storage/schemas';

/** The outreach fields a form sends (the stored schema without its "with someone" rule, checked below). */
export const outreachEntry = z.object(outreachInput.shape);

/** A name typed in the popup that is not in the directory yet: stored as a minimal physician, completed later. */
export const newPhysician = physicianInput.pick({
  prefix: true,
  first: true,
  middle: true,
  last: true,
  suffix: true,
  credentials: true,
  npi: true,
});
export type NewPhysician = z.input<typeof newPhysician>;

/** What `outreach.log` carries: one outreach, possibly with new physicians created in the same transaction. */
export const logOutreachRequest = z
  .object({ entry: outreachEntry, newPhysicians: z.array(newPhysician).max(50).default([]) })
  .refine((r) => r.entry.physicianIds.length + r.newPhysicians.length > 0 || r.entry.practiceId !== null, {
    message: 'an outreach is with at least one physician or a practice',
    path: ['entry', 'physicianIds'],
  });
export type LogOutreachRequest = z.input<typeof logOutreachRequest>;
export type LogOutreachPayload = z.output<typeof logOutreachRequest>;

export const logOutreachResponse = z.object({
  outreachId: recordId,
  followUpId: recordId.nullable(),
  physicianIds: z.array(recordId),
  createdPhysicianIds: z.array(recordId),
});
export type LogOutreachResponse = z.output<typeof logOutreachResponse>;

export const undoOutreachRequest = z.object({
  outreachId: recordId,
  /** Physicians created by that log: soft-deleted too when no other outreach mentions them. */
  createdPhysicianIds: z.array(recordId).max(50).default([]),
});
export type UndoOutreachPayload = z.output<typeof undoOutreachRequest>;

/** The tag a physician added on the spot carries until someone completes the record. */
export const incompleteTag = 'incomplete';
