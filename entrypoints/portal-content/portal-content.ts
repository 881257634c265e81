import { asBackgroundCommand } from '../../messaging/read-content-command.content';
import { extensionRuntime, sendToBackground } from './extension-runtime';
import { guardHost } from './host-guard';
import { KeyDetection } from './key-detection';
import { PageLayout } from './page-layout';
import { PageWatch } from './page-watch';
import { queueRowsSender } from './queue-rows';
import { SidebarHost, type SidebarLayoutState } from './sidebar-host';
import { TextDetection } from './text-detection';

const started = Symbol.for('rounds.portal-content');

/** A one-time nonce for the frame URL (128 bits, hex). */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The portal content script: asks the background whether this page is an enabled portal, mounts the sidebar,
 * watches the page for directory physicians and obeys the background's commands. It holds no note or record.
 * Keys mode (small directories): it holds folded name keys and sends counts by opaque position. Text mode
 * (large directories): it holds nothing of the directory and sends changed text blocks to the background.
 */
export async function startPortalContent(): Promise<void> {
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[started]) return; // injected again (popup "Open sidebar" after registration): one instance only
  g[started] = true;
  const ready = await sendToBackground('portal.contentReady', { url: location.href, title: document.title });
  if (!ready.enabled) {
    g[started] = false;
    return;
  }
  const layout = new PageLayout();
  const applyLayout = (state: SidebarLayoutState) =>
    layout.reserve(ready.mode === 'push' && state.open ? state.width + 23 : 0);
  const host = new SidebarHost({
    open: ready.open,
    width: ready.width,
    frameUrl: async () => {
      const nonce = newNonce();
      await sendToBackground('portal.sidebarMounted', { nonce });
      return { url: `${extensionRuntime.getURL('/sidebar.html')}#${nonce}`, nonce };
    },
    onLayout: (state) => {
      applyLayout(state);
      void sendToBackground('portal.sidebarLayout', state).catch(() => undefined);
    },
  });
  document.documentElement.append(host.element);
  host.setOpen(ready.open);
  applyLayout(host.layout);
  const stopGuard = guardHost(host, layout);
  const isOwnElement = (el: Element) => el === host.element;
  // Keys mode: the directory keys may take a moment (rebuilt after directory changes); the sidebar is up already.
  const keys = ready.detection === 'keys' ? (await sendToBackground('portal.matchKeys', {})).keys : null;
  let keyDetection: KeyDetection | null = null;
  let textDetection: TextDetection | null = null;
  const watch = new PageWatch({
    detector: (onRoot) => {
      if (keys) {
        keyDetection = new KeyDetection(keys, isOwnElement, onRoot, ready.discovery);
        return keyDetection;
      }
      textDetection = new TextDetection(isOwnElement, onRoot);
      return textDetection;
    },
    isOwnElement,
    onDisable: () => disable(),
    afterFlush: ready.discovery ? queueRowsSender() : undefined,
  });
  void watch.start();
  // Keyboard: the user opening the sidebar moves focus into it (SidebarHost); closing gives focus back.
  let back: HTMLElement | undefined;
  const setOpen = (open: boolean) => {
    if (open) back = document.activeElement as HTMLElement;
    else back?.focus();
    host.setOpen(open, true);
  };
  let active = true;
  const disable = () => {
    active = false;
    watch.stop();
    stopGuard();
    host.remove();
    layout.reserve(0);
    g[started] = false;
  };
  extensionRuntime.onMessage.addListener((message, sender) => {
    if (sender.id !== extensionRuntime.id || !active) return;
    const command = asBackgroundCommand(message);
    if (!command) return;
    if (command.rounds === 'open') setOpen(true);
    else if (command.rounds === 'close') setOpen(false);
    else if (command.rounds === 'sidebarReady') host.confirmFrame(command.nonce);
    else if (command.rounds === 'sidebarLost') host.frameLost(command.nonce);
    else if (command.rounds === 'keys') {
      keyDetection?.setKeys(command.keys);
      watch.schedule();
    } else if (command.rounds === 'rescan') {
      textDetection?.resendAll();
      watch.schedule();
    } else if (command.rounds === 'disable') disable();
  });
}
