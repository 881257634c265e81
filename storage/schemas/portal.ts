import { z } from 'zod';
import { recordBase, systemKeys, text } from './common';

export const portalOrigin = z
  .string()
  .regex(/^https?:\/\/[^/?#\s]+$/, 'a portal address is an http(s) origin such as https://portal.example.org');

export const portal = recordBase.extend({
  origin: portalOrigin,
  /** Narrows the portal to paths that start with this prefix ("/" for the whole origin). */
  pathPrefix: z.string().startsWith('/', 'a path prefix starts with /').max(500).default('/'),
  label: text(100).default(''),
  /** Query parameters that identify a record (patient, referral, appointment); all others are dropped from page keys. */
  pageKeyParams: z.array(text(100).min(1)).max(20).default([]),
  /** Where the entry comes from: the user, or an IT department's managed storage. */
  managed: z.boolean().default(false),
});
export type Portal = z.infer<typeof portal>;
export const portalInput = portal.omit(systemKeys);
export type PortalInput = z.input<typeof portalInput>;
