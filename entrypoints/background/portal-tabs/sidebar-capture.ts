import type { PendingCapture } from '../../../messaging/pending-capture';
import { getTabContext, openSidebarWithCapture, portalOfTab } from './tab-context';

/** The portal side's part of a capture: whether a tab's sidebar can open, and opening it on the capture. */
export const sidebarCapture = {
  /** A tab whose portal script checked in, or one on an enabled (granted) portal where it can be injected. */
  canOpen: async (tabId: number): Promise<boolean> =>
    getTabContext(tabId) !== null || (await portalOfTab(tabId)) !== undefined,
  /**
   * Throws when the sidebar cannot take the capture (the caller opens the window instead). A checked-in tab has
   * the capture pushed to its context even when the "open" command reports no answer (the content script does
   * not reply to it in Chromium), so a live session counts as delivered.
   */
  open: async (tabId: number, capture: PendingCapture): Promise<void> => {
    const opened = await openSidebarWithCapture(tabId, capture);
    if (!opened && getTabContext(tabId) === null) throw new Error(`the sidebar did not open in tab ${tabId}`);
  },
};
