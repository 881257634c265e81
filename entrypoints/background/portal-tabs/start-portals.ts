import { browser } from 'wxt/browser';
import { importManagedPortals } from '../../../features/portals/managed-portals.background';
import { portalCovers } from '../../../features/portals/portal-address';
import { resyncPortalScripts } from '../../../features/portals/portal-registry.background';
import { getDatabase } from '../../../storage/database';
import { onDirectoryChanged, warmDirectoryIndex } from './directory-index-cache';
import { currentMatchKeys } from './directory-match-keys';
import { forgetPageTextBudget } from './page-text-budget';
import { acceptSidebarPort } from './sidebar-ports';
import { sendToTab } from './tab-commands';
import { toggleSidebar } from './tab-context';
import { allSessions, endSession, pushContext, restoreSessions, sessionOf } from './tab-sessions';

export const toggleSidebarCommand = 'toggle-sidebar';

/** Re-registers the content scripts of stored, still-granted portals (and IT's managed ones). */
async function resync(): Promise<void> {
  const db = await getDatabase();
  await importManagedPortals(db).catch((error: unknown) => console.warn('[rounds] managed portals', error));
  await resyncPortalScripts(db);
}

/** After directory changes: keys-mode tabs get new keys, text-mode tabs are asked to send their text again. */
function watchDirectory(): void {
  onDirectoryChanged(async () => {
    const sessions = allSessions();
    for (const s of sessions) if (s.detection === 'text') void sendToTab(s.tabId, { rounds: 'rescan' });
    const keyed = sessions.filter((s) => s.detection === 'keys');
    if (keyed.length === 0) return;
    const built = await currentMatchKeys(await getDatabase()).catch(() => null);
    if (built) for (const s of keyed) void sendToTab(s.tabId, { rounds: 'keys', keys: built.keys });
  });
}

/** A saved session is restored only while its tab still shows the portal's origin. */
async function tabStillOnPortal(stored: { tabId: number; portal: { origin: string } }): Promise<boolean> {
  const tab = await browser.tabs.get(stored.tabId).catch(() => undefined);
  try {
    return !!tab?.url && new URL(tab.url).origin === stored.portal.origin;
  } catch {
    return false;
  }
}

/** Wires the portal side of the background: ports, start-up registration, tabs, permissions and the shortcut. */
export function startPortals(): void {
  // A restarted MV3 service worker: tabs, nonces and mounts come back from storage.session before any handler looks.
  // The directory index is warmed off the start path: when portal tabs are open, and at browser start (not on
  // every wake of an MV3 worker for an alarm or a popup: a 50,000-row read costs the worker about a second).
  void restoreSessions(tabStillOnPortal).then(() => allSessions().length > 0 && warmDirectoryIndex(getDatabase));
  browser.runtime.onConnect.addListener(acceptSidebarPort);
  browser.runtime.onStartup.addListener(() => {
    void resync();
    warmDirectoryIndex(getDatabase);
  });
  browser.runtime.onInstalled.addListener(() => void resync());
  // IT changed the managed policy while the browser runs (Chrome re-reads policy files; Firefox at restart).
  browser.storage.onChanged.addListener((_change, area) => area === 'managed' && void resync());
  browser.permissions.onRemoved.addListener(() => {
    void resync();
    for (const s of allSessions()) void sendToTab(s.tabId, { rounds: 'disable' }).then(() => endSession(s.tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    endSession(tabId);
    forgetPageTextBudget(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const session = sessionOf(tabId);
    if (!session || !change.url || change.url === session.url) return;
    if (!portalCovers(session.portal, change.url)) return endSession(tabId);
    // SPA navigation (pushState, hash routes): the page key follows; the content script re-scans on its side.
    session.url = change.url;
    pushContext(session);
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== toggleSidebarCommand) return;
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined) await toggleSidebar(tab.id);
  });
  watchDirectory();
}
