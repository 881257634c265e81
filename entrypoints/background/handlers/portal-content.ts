import { loadColumnOverrides } from '../../../features/discovery/queue-columns';
import { portalForUrl } from '../../../features/portals/portal-address';
import { grantedPortals } from '../../../features/portals/portal-registry.background';
import type { Handler, HandlerContext } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';
import { loadSettings } from '../../../storage/settings-store';
import { detectionModeFor, discoveryOn } from '../portal-tabs/detection-mode';
import { directoryIndex } from '../portal-tabs/directory-index-cache';
import { currentMatchKeys, matchKeysOfGeneration } from '../portal-tabs/directory-match-keys';
import { admitPageText } from '../portal-tabs/page-text-budget';
import { applyCueText, applyPageText, refreshQueueRows } from '../portal-tabs/page-text-report';
import { loadSidebarLayout, saveSidebarLayout } from '../portal-tabs/sidebar-layout';
import { takePendingCapture } from '../portal-tabs/tab-context';
import {
  endSession,
  persistSessions,
  pushContext,
  sessionOf,
  sessionsRestored,
  startSession,
  type TabSession,
} from '../portal-tabs/tab-sessions';

/** The tab of a content-script message from a top frame (once saved sessions are restored); else refused. */
async function topFrameTab(ctx: HandlerContext): Promise<number> {
  const tabId = ctx.sender.tab?.id;
  if (typeof tabId !== 'number' || ctx.sender.frameId !== 0) throw new Error('only the top frame of a tab');
  await sessionsRestored();
  return tabId;
}

/** The page URL to trust: the reported one (SPA routes) only when it is on the sender's own origin. */
function trustedUrl(reported: string, ctx: HandlerContext): string {
  const actual = ctx.sender.url ?? '';
  try {
    return new URL(reported).origin === new URL(actual).origin ? reported : actual;
  } catch {
    return actual;
  }
}

/** Starts the tab's session when the page is an enabled portal (its permission still granted). */
async function checkIn(tabId: number, url: string, title: string): Promise<TabSession | undefined> {
  const portal = portalForUrl(await grantedPortals(await getDatabase()), url);
  if (!portal) {
    endSession(tabId);
    return undefined;
  }
  const [layout, detection] = await Promise.all([loadSidebarLayout(portal.id), detectionModeFor(await getDatabase())]);
  const session = startSession(tabId, portal, url, title, layout.open);
  session.detection = detection;
  session.capture = takePendingCapture(tabId);
  return session;
}

const contentReady: Handler<'portal.contentReady'> = async ({ url, title }, ctx) => {
  const tabId = await topFrameTab(ctx);
  const session = await checkIn(tabId, trustedUrl(url, ctx), title);
  if (!session) return { enabled: false };
  const [layout, settings] = await Promise.all([
    loadSidebarLayout(session.portal.id),
    loadSettings(await getDatabase()),
  ]);
  return {
    enabled: true,
    open: layout.open,
    width: layout.width,
    mode: settings.sidebarMode,
    detection: session.detection,
    discovery: discoveryOn(),
  };
};

const matchKeys: Handler<'portal.matchKeys'> = async (_, ctx) => {
  if (!sessionOf(await topFrameTab(ctx))) throw new Error('not an enabled portal page');
  return { keys: (await currentMatchKeys(await getDatabase())).keys };
};

const sidebarMounted: Handler<'portal.sidebarMounted'> = async ({ nonce }, ctx) => {
  const session = sessionOf(await topFrameTab(ctx));
  if (!session) return { ok: false };
  // A new mount (first open, or the frame was navigated and replaced) invalidates the previous frame.
  session.port?.disconnect();
  session.port = null;
  session.mount = { tabId: session.tabId, nonce, origin: session.portal.origin, sidebarFrameId: null };
  await persistSessions(); // saved before the frame loads: a restarted worker still knows this nonce
  return { ok: true };
};

const pageReport: Handler<'portal.pageReport'> = async ({ generation, url, title, counts, cues }, ctx) => {
  const tabId = await topFrameTab(ctx);
  const pageUrl = trustedUrl(url, ctx);
  const session = await liveSession(tabId, pageUrl, title);
  if (!session) return { keys: null, disable: true };
  const db = await getDatabase();
  const current = await currentMatchKeys(db);
  const built = matchKeysOfGeneration(generation);
  session.detection = 'keys';
  session.url = pageUrl;
  session.title = title;
  if (built) {
    session.detected = counts
      .map(([position, count]) => ({ physicianId: built.ids[position] ?? '', count }))
      .filter((d) => d.physicianId !== '')
      .sort((a, b) => b.count - a.count || a.physicianId.localeCompare(b.physicianId));
  }
  // Cue blocks are re-checked against the directory at every report (a provider just added leaves the list).
  const index = await directoryIndex(db);
  const applied = applyCueText(session, cues ?? { reset: false, blocks: [], removed: [] }, index);
  refreshQueueRows(session, index);
  pushContext(session);
  const stale = built?.keys.generation !== current.keys.generation;
  return { keys: stale ? current.keys : null, disable: false, rescan: !applied };
};

const pageText: Handler<'portal.pageText'> = async ({ url, title, ...report }, ctx) => {
  const tabId = await topFrameTab(ctx);
  const pageUrl = trustedUrl(url, ctx);
  const session = await liveSession(tabId, pageUrl, title);
  if (!session) return { disable: true, rescan: false, throttled: false };
  const chars = report.blocks.reduce((n, [, text]) => n + text.length, 0);
  if (!admitPageText(tabId, chars)) return { disable: false, rescan: false, throttled: true };
  const index = await directoryIndex(await getDatabase());
  session.detection = 'text'; // the page's own mode wins (a session re-made after a restart may have guessed)
  session.url = pageUrl;
  session.title = title;
  const applied = applyPageText(session, report, index);
  refreshQueueRows(session, index);
  pushContext(session);
  return { disable: false, rescan: !applied, throttled: false };
};

/** The tab's session while its page is still on the portal (checking in again after a restart); else ended. */
async function liveSession(tabId: number, pageUrl: string, title: string): Promise<TabSession | undefined> {
  const session = sessionOf(tabId) ?? (await checkIn(tabId, pageUrl, title));
  if (session && portalForUrl([session.portal], pageUrl)) return session;
  endSession(tabId);
  return undefined;
}

const tableRows: Handler<'portal.tableRows'> = async ({ tables }, ctx) => {
  const session = sessionOf(await topFrameTab(ctx));
  if (!session) return {};
  session.tables = tables;
  session.columnOverrides ??= await loadColumnOverrides(session.portal.id);
  refreshQueueRows(session, await directoryIndex(await getDatabase()));
  pushContext(session);
  return {};
};

const sidebarLayout: Handler<'portal.sidebarLayout'> = async ({ open, width }, ctx) => {
  const session = sessionOf(await topFrameTab(ctx));
  if (!session) return {};
  session.open = open;
  void persistSessions();
  await saveSidebarLayout(session.portal.id, { open, width });
  return {};
};

/** Messages only the portal content script sends (top frame of a tab on an enabled portal). */
export const portalContentHandlers = {
  'portal.contentReady': contentReady,
  'portal.matchKeys': matchKeys,
  'portal.sidebarMounted': sidebarMounted,
  'portal.pageReport': pageReport,
  'portal.pageText': pageText,
  'portal.tableRows': tableRows,
  'portal.sidebarLayout': sidebarLayout,
};
