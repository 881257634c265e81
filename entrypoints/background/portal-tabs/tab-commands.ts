import { browser } from 'wxt/browser';
import { portalScriptFile } from '../../../features/portals/script-registration';
import { type BackgroundCommand, backgroundCommand } from '../../../messaging/content-commands';

/** Sends a command to a tab's portal content script (top frame), parsed first; false when it is malformed or none is listening. */
export async function sendToTab(tabId: number, command: BackgroundCommand): Promise<boolean> {
  const checked = backgroundCommand.safeParse(command);
  if (!checked.success) {
    console.error('[rounds] malformed content-script command not sent', checked.error.issues);
    return false;
  }
  try {
    await browser.tabs.sendMessage(tabId, checked.data, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

/** Runs the portal content script in a tab now (a portal enabled or opened after the page loaded). */
export async function injectPortalScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/${portalScriptFile}`] });
    return true;
  } catch {
    return false;
  }
}
