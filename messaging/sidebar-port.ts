import { z } from 'zod';
import type { PageContext } from './page-context';

/** The runtime Port's name the sidebar connects with. */
export const sidebarPortName = 'sidebar';

/** What the sidebar may say over its port: its nonce first, then keep-alive pings and a request to close. */
export const sidebarToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), nonce: z.string().max(100) }).strict(),
  z.object({ type: z.literal('ping') }).strict(),
  z.object({ type: z.literal('close') }).strict(),
]);
export type SidebarToBackground = z.infer<typeof sidebarToBackground>;

const detected = z.object({ physicianId: z.string(), count: z.number().int().min(0) });
const capture = z.object({
  kind: z.enum(['physician', 'note']),
  text: z.string(),
  url: z.string(),
  title: z.string(),
  at: z.string(),
});
export const pageContextSchema = z.object({
  tabId: z.number(),
  portalId: z.string(),
  origin: z.string(),
  path: z.string(),
  title: z.string(),
  pageKey: z.string(),
  detected: z.array(detected),
  capture: capture.optional(),
}) satisfies z.ZodType<PageContext>;

/** What the background pushes to an authorized (or refused) sidebar. */
export const backgroundToSidebar = z.discriminatedUnion('type', [
  z.object({ type: z.literal('context'), context: pageContextSchema }),
  z.object({ type: z.literal('refused'), reason: z.string() }),
]);
export type BackgroundToSidebar = z.infer<typeof backgroundToSidebar>;
