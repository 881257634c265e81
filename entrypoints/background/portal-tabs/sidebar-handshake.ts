import { t } from '../../../locales/i18n';
/**
 * Whether a runtime Port named "sidebar" comes from the sidebar frame Rounds itself mounted. The page beside it
 * is treated as an attacker: it may embed sidebar.html itself, navigate frames, or guess. Data flows only when
 * every check below holds; the reason for a refusal is shown in the frame (it names no data).
 */

export interface PortSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** What the content script registered for its tab before it set the frame's URL. */
export interface SidebarMount {
  tabId: number;
  nonce: string;
  /** The portal's exact origin; the tab must still be on it. */
  origin: string;
  /** Bound at the first accepted connection: later connections (a restarted background) must come from it too. */
  sidebarFrameId: number | null;
}

export type HandshakeResult = { ok: true; tabId: number; frameId: number } | { ok: false; reason: string };

const refused = (reason: string): HandshakeResult => ({ ok: false, reason });

/** Checks sender id, sidebar URL, tab, sub-frame, tab origin and the one-time nonce against the tab's mount. */
export function checkSidebarHandshake(
  sender: PortSender,
  nonce: unknown,
  mountOf: (tabId: number) => SidebarMount | undefined,
  extension: { id: string; origin: string },
): HandshakeResult {
  if (sender.id !== extension.id || !sender.url) return refused(t('background.notARoundsFrame'));
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return refused(t('background.notARoundsFrame'));
  }
  if (`${url.protocol}//${url.host}` !== extension.origin.replace(/\/$/, '') || url.pathname !== '/sidebar.html') {
    return refused(t('background.notARoundsFrame'));
  }
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return refused(t('background.roundsShowsItsSidebarOnly'));
  if (typeof sender.frameId !== 'number' || sender.frameId === 0) {
    return refused(t('background.roundsShowsItsSidebarOnly'));
  }
  const mount = mountOf(tabId);
  if (!mount) return refused(t('background.thisPageDidNotOpen'));
  if (typeof nonce !== 'string' || nonce.length < 16 || nonce !== mount.nonce) {
    return refused(t('background.thisFrameWasNotOpened'));
  }
  if (mount.sidebarFrameId !== null && mount.sidebarFrameId !== sender.frameId) {
    return refused(t('background.thisFrameWasNotOpened'));
  }
  if (sender.tab?.url) {
    let tabOrigin = '';
    try {
      tabOrigin = new URL(sender.tab.url).origin;
    } catch {}
    if (tabOrigin !== mount.origin) return refused(t('background.thePageChangedToA'));
  }
  return { ok: true, tabId, frameId: sender.frameId };
}
