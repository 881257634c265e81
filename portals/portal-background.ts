import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { getDatabase } from '../storage/database';
import { currentMatchKeys, directoryVersion } from './directory-match-keys';
import { importManagedPortals } from './managed-portals';
import { portalCovers } from './portal-address';
import { resyncPortalScripts } from './portal-registry';
import { acceptSidebarPort } from './sidebar-ports';
import { sendToTab } from './tab-commands';
import { toggleSidebar } from './tab-context';
import { allSessions, endSession, pushContext, sessionOf } from './tab-sessions';

export const toggleSidebarCommand = 'toggle-sidebar';

/** Re-registers the content scripts of stored, still-granted portals (and IT's managed ones). */
async function resync(): Promise<void> {
  const db = await getDatabase();
  await importManagedPortals(db).catch((error: unknown) => console.warn('[rounds] managed portals', error));
  await resyncPortalScripts(db);
}

/** Pushes new match keys to every portal tab when the directory changes (in any extension context). */
function watchDirectory(): void {
  let last = '';
  liveQuery(async () => directoryVersion(await getDatabase())).subscribe({
    next: async (version) => {
      if (last && version !== last && allSessions().length > 0) {
        const built = await currentMatchKeys(await getDatabase());
        for (const session of allSessions()) void sendToTab(session.tabId, { rounds: 'keys', keys: built.keys });
      }
      last = version;
    },
    error: (error: unknown) => console.warn('[rounds] directory watch', error),
  });
}

/** Wires the portal side of the background: ports, start-up registration, tabs, permissions and the shortcut. */
export function startPortals(): void {
  browser.runtime.onConnect.addListener(acceptSidebarPort);
  browser.runtime.onStartup.addListener(() => void resync());
  browser.runtime.onInstalled.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => {
    void resync();
    for (const s of allSessions()) void sendToTab(s.tabId, { rounds: 'disable' }).then(() => endSession(s.tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => endSession(tabId));
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
