import { browser } from 'wxt/browser';
import { parsePortalAddress, portalCovers } from '../../../features/portals/portal-address';
import {
  addPortal,
  hasOriginPermission,
  removePortal,
  storedPortals,
  updatePortal,
  viewOf,
} from '../../../features/portals/portal-registry.background';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';
import {
  detectionOverride,
  discoveryOn,
  setDetectionOverride,
  setDiscovery,
  textModeThreshold,
} from '../portal-tabs/detection-mode';
import { forgetSidebarLayout } from '../portal-tabs/sidebar-layout';
import { injectPortalScript, sendToTab } from '../portal-tabs/tab-commands';
import { portalOfTab, toggleSidebar } from '../portal-tabs/tab-context';
import { allSessions, endSession, sessionOf } from '../portal-tabs/tab-sessions';

const permissionWaitMs = 120_000;

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/** Resolves once the host permission for an origin is granted (the popup may close while the prompt shows). */
async function waitForPermission(origin: string): Promise<boolean> {
  const deadline = Date.now() + permissionWaitMs;
  while (Date.now() < deadline) {
    if (await hasOriginPermission(origin)) return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

const list: Handler<'portals.list'> = async () => ({
  portals: await Promise.all((await storedPortals(await getDatabase())).map(viewOf)),
});

const add: Handler<'portals.add'> = async (input) => ({
  portal: await viewOf(await addPortal(await getDatabase(), input)),
});

const update: Handler<'portals.update'> = async ({ id, ...patch }) => ({
  portal: await viewOf(await updatePortal(await getDatabase(), id, patch)),
});

const remove: Handler<'portals.remove'> = async ({ id }) => {
  const portal = await removePortal(await getDatabase(), id);
  if (!portal) return { removed: false };
  for (const session of allSessions().filter((s) => s.portal.id === id)) {
    await sendToTab(session.tabId, { rounds: 'disable' });
    endSession(session.tabId);
  }
  await forgetSidebarLayout(id);
  return { removed: true };
};

const demoEnable: Handler<'demo.enablePortal'> = async ({ origin }) => {
  const parsed = parsePortalAddress(origin);
  if (!parsed.ok) throw new Error(parsed.message);
  if (!(await hasOriginPermission(parsed.address.origin))) {
    throw new Error(`${parsed.address.origin} is not pre-granted in this build: use Add portal on the options page.`);
  }
  const portal = await addPortal(await getDatabase(), { address: origin, pageKeyParams: ['id'], label: 'Demo portal' });
  return { portal: await viewOf(portal) };
};

const tabState: Handler<'popup.tabState'> = async () => {
  const tab = await activeTab();
  const none = { detected: [], sidebarOpen: false };
  if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url))
    return { portal: 'unsupported', origin: null, ...none };
  const origin = new URL(tab.url).origin;
  const session = sessionOf(tab.id);
  if (session) return { portal: 'enabled', origin, detected: session.detected, sidebarOpen: session.open };
  return { portal: (await portalOfTab(tab.id)) ? 'enabled' : 'not-enabled', origin, ...none };
};

const enableSite: Handler<'popup.enableSite'> = async ({ origin }) => {
  if (!(await waitForPermission(origin))) return { enabled: false };
  const portal = await addPortal(await getDatabase(), { address: origin });
  const tab = await activeTab();
  if (tab?.id !== undefined && tab.url && portalCovers(portal, tab.url)) await injectPortalScript(tab.id);
  return { enabled: true };
};

const popupToggle: Handler<'popup.toggleSidebar'> = async () => {
  const tab = await activeTab();
  return { open: tab?.id === undefined ? false : await toggleSidebar(tab.id) };
};

const detectionMode: Handler<'portal.detectionMode'> = async ({ mode, discovery }) => {
  setDetectionOverride(mode);
  if (discovery !== undefined) setDiscovery(discovery);
  return { mode: detectionOverride(), threshold: textModeThreshold, discovery: discoveryOn() };
};

/** Enabling portals (options page, popup, npm start) and the popup's view of the active tab. */
export const portalHandlers = {
  'portals.list': list,
  'portals.add': add,
  'portals.update': update,
  'portals.remove': remove,
  'demo.enablePortal': demoEnable,
  'popup.tabState': tabState,
  'popup.enableSite': enableSite,
  'popup.toggleSidebar': popupToggle,
  'portal.detectionMode': detectionMode,
};
