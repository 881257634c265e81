import type { Handler, HandlerContext } from '../../messaging/router';
import { currentMatchKeys, matchKeysOfGeneration } from '../../portals/directory-match-keys';
import { portalForUrl } from '../../portals/portal-address';
import { grantedPortals } from '../../portals/portal-registry';
import { loadSidebarLayout, saveSidebarLayout } from '../../portals/sidebar-layout';
import { takePendingCapture } from '../../portals/tab-context';
import { endSession, pushContext, sessionOf, startSession, type TabSession } from '../../portals/tab-sessions';
import { getDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/settings-store';

/** The tab of a content-script message from a top frame; anything else is refused. */
function topFrameTab(ctx: HandlerContext): number {
  const tabId = ctx.sender.tab?.id;
  if (typeof tabId !== 'number' || ctx.sender.frameId !== 0) throw new Error('only the top frame of a tab');
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
  const layout = await loadSidebarLayout(portal.id);
  const session = startSession(tabId, portal, url, title, layout.open);
  session.capture = takePendingCapture(tabId);
  return session;
}

const contentReady: Handler<'portal.contentReady'> = async ({ url, title }, ctx) => {
  const tabId = topFrameTab(ctx);
  const session = await checkIn(tabId, trustedUrl(url, ctx), title);
  if (!session) return { enabled: false };
  const [layout, settings] = await Promise.all([
    loadSidebarLayout(session.portal.id),
    loadSettings(await getDatabase()),
  ]);
  return { enabled: true, open: layout.open, width: layout.width, mode: settings.sidebarMode };
};

const matchKeys: Handler<'portal.matchKeys'> = async (_, ctx) => {
  if (!sessionOf(topFrameTab(ctx))) throw new Error('not an enabled portal page');
  return { keys: (await currentMatchKeys(await getDatabase())).keys };
};

const sidebarMounted: Handler<'portal.sidebarMounted'> = async ({ nonce }, ctx) => {
  const session = sessionOf(topFrameTab(ctx));
  if (!session) return { ok: false };
  // A new mount (first open, or the frame was navigated and replaced) invalidates the previous frame.
  session.port?.disconnect();
  session.port = null;
  session.mount = { tabId: session.tabId, nonce, origin: session.portal.origin, sidebarFrameId: null };
  return { ok: true };
};

const pageReport: Handler<'portal.pageReport'> = async ({ generation, url, title, counts }, ctx) => {
  const tabId = topFrameTab(ctx);
  const pageUrl = trustedUrl(url, ctx);
  const session = sessionOf(tabId) ?? (await checkIn(tabId, pageUrl, title));
  if (!session || !portalForUrl([session.portal], pageUrl)) {
    endSession(tabId);
    return { keys: null, disable: true };
  }
  const current = await currentMatchKeys(await getDatabase());
  const built = matchKeysOfGeneration(generation);
  session.url = pageUrl;
  session.title = title;
  if (built) {
    session.detected = counts
      .map(([position, count]) => ({ physicianId: built.ids[position] ?? '', count }))
      .filter((d) => d.physicianId !== '')
      .sort((a, b) => b.count - a.count || a.physicianId.localeCompare(b.physicianId));
  }
  pushContext(session);
  const stale = built?.keys.generation !== current.keys.generation;
  return { keys: stale ? current.keys : null, disable: false };
};

const sidebarLayout: Handler<'portal.sidebarLayout'> = async ({ open, width }, ctx) => {
  const session = sessionOf(topFrameTab(ctx));
  if (!session) return {};
  session.open = open;
  await saveSidebarLayout(session.portal.id, { open, width });
  return {};
};

/** Messages only the portal content script sends (top frame of a tab on an enabled portal). */
export const portalContentHandlers = {
  'portal.contentReady': contentReady,
  'portal.matchKeys': matchKeys,
  'portal.sidebarMounted': sidebarMounted,
  'portal.pageReport': pageReport,
  'portal.sidebarLayout': sidebarLayout,
};
