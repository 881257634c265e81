import type { PendingCapture } from './capture-types';

/**
 * The portal side's part of a capture: whether a tab's sidebar can open, and opening it on the capture.
 * Until portals/ provides getTabContext and openSidebarWithCapture, no tab counts as a portal and every
 * capture opens the Rounds window.
 */
export const sidebarCapture = {
  canOpen: async (_tabId: number): Promise<boolean> => false,
  open: async (_tabId: number, _capture: PendingCapture): Promise<void> => {
    throw new Error('the sidebar cannot open captures yet');
  },
};
