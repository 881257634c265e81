import { browser } from 'wxt/browser';
import { portalForUrl } from '../../../features/portals/portal-address';
import { grantedPortals } from '../../../features/portals/portal-registry.background';
import type { PageContext } from '../../../messaging/page-context';
import { getDatabase } from '../../../storage/database';
import { loadSidebarLayout, saveSidebarLayout } from './sidebar-layout';
import { injectPortalScript, sendToTab } from './tab-commands';
import { pageContextOf, pushContext, sessionOf } from './tab-sessions';

/** The page context of a tab whose portal content script checked in, else null (for the popup and capture). */
export function getTabContext(tabId: number): PageContext | null {
  const session = sessionOf(tabId);
  return session ? pageContextOf(session) : null;
}

/** The enabled portal a tab's URL belongs to, if any. */
export async function portalOfTab(tabId: number) {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url) return undefined;
  return portalForUrl(await grantedPortals(await getDatabase()), tab.url);
}

/** Opens the sidebar in a tab on an enabled portal, injecting the content script if it is not there yet. */
export async function openSidebar(tabId: number): Promise<boolean> {
  if (sessionOf(tabId)) return sendToTab(tabId, { rounds: 'open' });
  const portal = await portalOfTab(tabId);
  if (!portal) return false;
  // The freshly injected script opens per the stored layout: store "open" first.
  await saveSidebarLayout(portal.id, { ...(await loadSidebarLayout(portal.id)), open: true });
  return injectPortalScript(tabId);
}

/** Opens the sidebar if closed, closes it if open; answers the new state. */
export async function toggleSidebar(tabId: number): Promise<boolean> {
  const session = sessionOf(tabId);
  if (session?.open) {
    await sendToTab(tabId, { rounds: 'close' });
    return false;
  }
  return openSidebar(tabId);
}

/** For the context menu: sets the capture on the tab's page context and opens the sidebar on it. */
export async function openSidebarWithCapture(
  tabId: number,
  capture: NonNullable<PageContext['capture']>,
): Promise<boolean> {
  const opened = await openSidebar(tabId);
  const session = sessionOf(tabId);
  if (session) {
    session.capture = capture;
    pushContext(session);
  } else {
    pendingCaptures.set(tabId, capture);
  }
  return opened;
}

/** Captures waiting for a freshly injected content script to check in. */
const pendingCaptures = new Map<number, NonNullable<PageContext['capture']>>();

/** Hands a waiting capture to the session that just started in the tab. */
export function takePendingCapture(tabId: number): PageContext['capture'] {
  const capture = pendingCaptures.get(tabId);
  pendingCaptures.delete(tabId);
  return capture;
}
