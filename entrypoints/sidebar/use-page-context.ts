import { useEffect, useState } from 'preact/hooks';
import { type Browser, browser } from 'wxt/browser';
import { e2eMarkers, mark, markOnce } from '../../features/instrumentation/marks';
import { t } from '../../locales/i18n';
import type { PageContextState } from '../../messaging/page-context';
import { backgroundToSidebar, sidebarPortName } from '../../messaging/sidebar-port';

markOnce('rounds:sidebar-script');

/**
 * The sidebar's one connection to the background. The nonce the content script put in the frame URL is read
 * once and wiped from the address; it is presented over a runtime Port, and the page context arrives only
 * when the background has checked the frame (sender tab, sub-frame, nonce, mount). The page cannot post
 * anything here: the sidebar listens to no window messages.
 */
const nonce = typeof location === 'undefined' ? '' : location.hash.slice(1);
if (nonce && typeof history !== 'undefined') history.replaceState(null, '', location.pathname);

const pingMs = 20_000;
let state: PageContextState = { status: 'pending' };
let port: Browser.runtime.Port | null = null;
let started = false;
const listeners = new Set<(s: PageContextState) => void>();

function setState(next: PageContextState): void {
  // The bench reads this mark: ms from the frame's navigation (the mount) to the first authorized context.
  if (next.status === 'ready' && state.status !== 'ready') mark('rounds:context-ready');
  if (next.status === 'ready' && next.context.detected.length > 0) markOnce('rounds:context-detected');
  state = next;
  // Markers e2e tests read inside this (extension-origin) frame: status, how many detected, the page key.
  e2eMarkers({
    pageContext: next.status,
    pageContextDetected: next.status === 'ready' ? String(next.context.detected.length) : '',
    pageKey: next.status === 'ready' ? next.context.pageKey : '',
  });
  for (const listener of listeners) listener(next);
}

function connect(attempt: number): void {
  if (typeof window !== 'undefined' && window.top === window) {
    setState({ status: 'refused', reason: t('sidebar.roundsShowsItsSidebarOnly') });
    return;
  }
  const p = browser.runtime.connect({ name: sidebarPortName });
  port = p;
  const ping = setInterval(() => p.postMessage({ type: 'ping' }), pingMs);
  p.onMessage.addListener((raw: unknown) => {
    const message = backgroundToSidebar.safeParse(raw);
    if (!message.success) return;
    if (message.data.type === 'refused') setState({ status: 'refused', reason: message.data.reason });
    else setState({ status: 'ready', context: message.data.context });
  });
  p.onDisconnect.addListener(() => {
    clearInterval(ping);
    if (port === p) port = null;
    // The background restarted (MV3 service worker) while authorized: present the same nonce again.
    if (state.status === 'ready' && attempt < 5) setTimeout(() => connect(attempt + 1), 300 * (attempt + 1));
    else if (state.status === 'pending')
      setState({ status: 'refused', reason: t('sidebar.roundsCouldNotConfirmThis') });
  });
  p.postMessage({ type: 'hello', nonce });
  markOnce('rounds:hello-sent');
}

/** Starts the handshake once per document (safe to call from several components). */
export function startPageContext(): void {
  if (started) return;
  started = true;
  connect(0);
}

/** The page context the background confirmed for this frame: pending, refused (with a reason) or ready. */
export function usePageContext(): PageContextState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    startPageContext();
    setCurrent(state);
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}

/** Asks the content script (through the background) to collapse the sidebar; only an authorized frame may. */
/** Tells the background which referral-queue column holds `role` on this portal (the Columns form). */
export function correctQueueColumn(
  header: string,
  role: 'provider' | 'status' | 'service' | 'reference' | 'none',
): void {
  port?.postMessage({ type: 'queueColumn', header, role });
}

export function closeSidebar(): void {
  port?.postMessage({ type: 'close' });
}
