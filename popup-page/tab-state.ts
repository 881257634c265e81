import { browser } from 'wxt/browser';
import { z } from 'zod';

/** The answer of `popup.tabState` (the portals capability): the current tab's portal, detected physicians, sidebar. */
export const tabStateShape = z.object({
  portal: z.unknown().nullable(),
  detected: z.array(z.object({ physicianId: z.string(), count: z.number() })),
  sidebarOpen: z.boolean(),
});
export type TabState = z.infer<typeof tabStateShape>;

/**
 * Asks the background about the current tab. Sent raw and parsed here because `popup.tabState` belongs to the
 * portals capability; until its handler exists the router answers "unknown message" and this returns null.
 */
export async function loadTabState(): Promise<TabState | null> {
  try {
    const raw = (await browser.runtime.sendMessage({ type: 'popup.tabState', payload: {} })) as unknown;
    const reply = z.object({ ok: z.literal(true), data: tabStateShape }).safeParse(raw);
    return reply.success ? reply.data.data : null;
  } catch {
    return null;
  }
}
