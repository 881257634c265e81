import { type Browser, browser } from 'wxt/browser';
import { t } from '../../../locales/i18n';
import { sidebarPortName, sidebarToBackground } from '../../../messaging/sidebar-port';
import { correctQueueColumn } from './queue-column-fix';
import { checkSidebarHandshake } from './sidebar-handshake';
import { sendToTab } from './tab-commands';
import { persistSessions, pushContext, sessionOf, sessionsRestored } from './tab-sessions';

const helloTimeoutMs = 5_000;

/** Accepts the sidebar's Port: the first message must be its nonce; only then does data flow, over this port only. */
export function acceptSidebarPort(port: Browser.runtime.Port): void {
  if (port.name !== sidebarPortName) return;
  let tabId: number | null = null;
  let nonce = '';
  const refuse = (reason: string) => {
    try {
      port.postMessage({ type: 'refused', reason });
    } catch {}
    port.disconnect();
  };
  const timer = setTimeout(() => tabId === null && refuse(t('background.noAnswerFromTheSidebar')), helloTimeoutMs);
  let hello = false;
  port.onMessage.addListener(async (raw: unknown) => {
    const message = sidebarToBackground.safeParse(raw);
    if (!message.success) return refuse(t('background.unexpectedMessage'));
    if (message.data.type === 'hello') {
      if (hello) return;
      hello = true;
      clearTimeout(timer);
      await sessionsRestored(); // after a restart, the mount this frame was made for comes back first
      const result = checkSidebarHandshake(
        port.sender ?? {},
        message.data.nonce,
        (id) => sessionOf(id)?.mount ?? undefined,
        {
          id: browser.runtime.id,
          origin: browser.runtime.getURL('/'),
        },
      );
      if (!result.ok) return refuse(result.reason);
      const session = sessionOf(result.tabId);
      if (!session?.mount) return refuse(t('background.thisPageDidNotOpen'));
      tabId = result.tabId;
      nonce = session.mount.nonce;
      session.mount.sidebarFrameId = result.frameId;
      void persistSessions();
      if (session.port && session.port !== port) session.port.disconnect();
      session.port = port;
      pushContext(session);
      // The content script shows the frame only now: a frame the page navigated before its first load never shows.
      void sendToTab(result.tabId, { rounds: 'sidebarReady', nonce });
      return;
    }
    if (tabId === null) return refuse(t('background.unexpectedMessage'));
    if (message.data.type === 'close') void sendToTab(tabId, { rounds: 'close' });
    if (message.data.type === 'queueColumn')
      void correctQueueColumn(tabId, message.data.header, message.data.role).catch(() => undefined);
  });
  port.onDisconnect.addListener(() => {
    clearTimeout(timer);
    const session = tabId === null ? undefined : sessionOf(tabId);
    if (session?.port !== port || tabId === null) return;
    session.port = null;
    // This background is alive, so the frame side closed: the sidebar document went away while the tab stayed
    // (the page navigated the frame). The content script replaces the frame if it still holds this nonce.
    if (session.mount?.nonce === nonce) void sendToTab(tabId, { rounds: 'sidebarLost', nonce });
  });
}
