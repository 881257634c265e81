import { browser } from 'wxt/browser';
import { readSelection } from '../../../features/capture/read-selection.background';
import { e2eBuild } from '../../../features/instrumentation/marks';
import type { Handler } from '../../../messaging/router.background';
import { captureFrom, pendingCaptures } from '../capture-wiring';

const pending: Handler<'capture.pending'> = async ({ id }) => pendingCaptures.get(id);

/** e2e only: the same path as the menu's onClicked, for a tab found by its URL (a headless menu cannot be clicked). */
const e2eCapture: Handler<'e2e.capture'> = async ({ kind, url }) => {
  if (!e2eBuild) throw new Error('e2e.capture exists only in the e2e build');
  const tab = (await browser.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
  const text = await readSelection(tab.id);
  return { text, route: await captureFrom(kind, text, tab) };
};

export const captureHandlers = { 'capture.pending': pending, 'e2e.capture': e2eCapture };
