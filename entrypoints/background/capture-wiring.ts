import { browser } from 'wxt/browser';
import { listenForCaptures } from '../../features/capture/capture-menus.background';
import { type CaptureRoute, type CaptureTab, handleCapture } from '../../features/capture/capture-selection.background';
import { createPendingCaptures, type SessionArea } from '../../features/capture/pending-captures.background';
import { readSelection } from '../../features/capture/read-selection.background';
import type { PendingCapture } from '../../messaging/pending-capture';
import { declaredArea, storageKeys } from '../../storage/extension-storage';
import { sidebarCapture } from './portal-tabs/sidebar-capture';

const session: SessionArea | undefined = declaredArea(storageKeys.pendingCaptures);
/** The captures waiting for their window (the `capture.pending` handler reads them). */
export const pendingCaptures = createPendingCaptures(session);

/** Runs one capture from a tab with the real browser and portal side: the one path every trigger takes. */
export function captureFrom(
  kind: PendingCapture['kind'],
  text: string,
  tab: CaptureTab | undefined,
): Promise<CaptureRoute> {
  return handleCapture(
    {
      pending: pendingCaptures,
      sidebarCanOpen: sidebarCapture.canOpen,
      openSidebarWithCapture: sidebarCapture.open,
      windows: browser.windows,
      runtime: browser.runtime,
    },
    { kind, text, tab },
  );
}

/** Creates the selection menus and listens to them and to the capture shortcut. */
export function startCapture(): void {
  listenForCaptures(captureFrom, readSelection);
}
