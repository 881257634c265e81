import { z } from 'zod';
import { npiMessages, npiProblem } from '../npi';

/** An instant, stored as an ISO 8601 UTC string so rows sort and export as text. */
export const instant = z.iso.datetime({ offset: true, message: 'not a date and time' });
/** A calendar day in the user's own zone (YYYY-MM-DD): due dates and the like. */
export const day = z.iso.date({ message: 'not a date (YYYY-MM-DD)' });
export const recordId = z.uuid({ message: 'not a record id' });
const shortText = z.string().trim().max(500);
export const text = (max = 500) => z.string().trim().max(max);
export const optionalText = shortText.default('');

export const npi = z.string().superRefine((value, ctx) => {
  const problem = npiProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: npiMessages[problem] });
});

/** Weekdays as stored (office days, office hours), Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const phone = z.string().trim().max(40).default('');

/** A team member's user name on the team server (issue 17); '' for a record written before sync or without it. */
export const author = z.string().trim().max(200).default('');

/**
 * Fields every stored record has; `deletedAt` is the soft delete (undo clears it). `createdBy` / `updatedBy`
 * (schema version 6) say who did what in a team: set by the write itself (storage/team/team-writes.ts).
 */
export const recordBase = z.object({
  id: recordId,
  createdAt: instant,
  updatedAt: instant,
  deletedAt: instant.nullable().default(null),
  createdBy: author,
  updatedBy: author,
});
export type RecordBase = z.infer<typeof recordBase>;

/** Keys that a repository owns: callers never set them on create. */
export const systemKeys = {
  id: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  createdBy: true,
  updatedBy: true,
} as const;

/** Where a page-attached record was written. `key` is computed from the portal's page-key rules. */
export const pageRef = z.object({
  origin: z.string().max(300),
  path: z.string().max(2000),
  title: text(500).default(''),
  key: z.string().max(2400),
});
export type PageRef = z.infer<typeof pageRef>;
