import { z } from 'zod';
import { pageContext } from './page-context';

/** The runtime Port's name the sidebar connects with. */
export const sidebarPortName = 'sidebar';

/** What the sidebar may say over its port: its nonce first, then keep-alive pings and a request to close. */
export const sidebarToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), nonce: z.string().max(100) }).strict(),
  z.object({ type: z.literal('ping') }).strict(),
  z.object({ type: z.literal('close') }).strict(),
  /** A correction of which referral-queue column holds what on this portal (the sidebar's Columns form). */
  z
    .object({
      type: z.literal('queueColumn'),
      header: z.string().max(100),
      role: z.enum(['provider', 'status', 'service', 'reference', 'none']),
    })
    .strict(),
]);
export type SidebarToBackground = z.infer<typeof sidebarToBackground>;

/** What the background pushes to an authorized (or refused) sidebar. */
export const backgroundToSidebar = z.discriminatedUnion('type', [
  z.object({ type: z.literal('context'), context: pageContext }),
  z.object({ type: z.literal('refused'), reason: z.string() }),
]);
export type BackgroundToSidebar = z.infer<typeof backgroundToSidebar>;
