import type { CaptureKind, PendingCapture } from '../../messaging/pending-capture';
import type { PendingCaptures } from './pending-captures.background';

/** The tab a capture came from (the fields of tabs.Tab the handler reads). */
export interface CaptureTab {
  id?: number | undefined;
  url?: string | undefined;
  title?: string | undefined;
}

/** What the handler needs from the browser and from the portal side; the background passes the real ones. */
export interface CaptureDeps {
  pending: PendingCaptures;
  /** Whether the tab is on an enabled portal whose sidebar can open now. */
  sidebarCanOpen(tabId: number): Promise<boolean>;
  openSidebarWithCapture(tabId: number, capture: PendingCapture): Promise<void>;
  windows: { create(options: { type: 'popup'; url: string; width: number; height: number }): Promise<unknown> };
  runtime: { getURL(path: '/capture.html'): string };
  now?: () => Date;
}

export interface CaptureRequest {
  kind: CaptureKind;
  text: string;
  tab: CaptureTab | undefined;
}

export type CaptureRoute = 'sidebar' | 'window' | 'none';

/** The longest selection a capture keeps (the parser refuses longer text anyway). */
const maxText = 2000;

/**
 * What the context menu and the shortcut both run: on an enabled portal the sidebar opens on the capture;
 * anywhere else a small Rounds window opens, which fetches the capture by id (never from its URL).
 */
export async function handleCapture(deps: CaptureDeps, request: CaptureRequest): Promise<CaptureRoute> {
  const text = request.text.trim().slice(0, maxText);
  if (!text) return 'none';
  const capture: PendingCapture = {
    kind: request.kind,
    text,
    url: (request.tab?.url ?? '').slice(0, 4000),
    title: (request.tab?.title ?? '').slice(0, 500),
    at: (deps.now?.() ?? new Date()).toISOString(),
  };
  const tabId = request.tab?.id;
  if (tabId !== undefined && tabId >= 0 && (await deps.sidebarCanOpen(tabId).catch(() => false))) {
    try {
      await deps.openSidebarWithCapture(tabId, capture);
      return 'sidebar';
    } catch (error) {
      // The sidebar could not open after all (tab navigated, frame refused): fall back to the window.
      console.warn('[rounds] sidebar capture failed; opening a window', error);
    }
  }
  const id = await deps.pending.put(capture);
  await deps.windows.create({
    type: 'popup',
    url: `${deps.runtime.getURL('/capture.html')}#${id}`,
    width: 420,
    height: 640,
  });
  return 'window';
}
