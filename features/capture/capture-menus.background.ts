import { browser } from 'wxt/browser';
import type { CaptureKind } from '../../messaging/pending-capture';
import type { CaptureTab } from './capture-selection.background';

/** Menu item ids → what they capture. */
export const captureMenuItems: Record<string, { kind: CaptureKind; title: string }> = {
  'rounds-capture-physician': { kind: 'physician', title: 'Save “%s” as physician' },
  'rounds-capture-note': { kind: 'note', title: 'Add “%s” to a note' },
};

/** The keyboard shortcut's command name (wxt.config.ts `commands`). */
export const captureCommand = 'capture-selection';

let creating: Promise<void> = Promise.resolve();

/** (Re)creates the two selection menu items: on install/update and at every browser start (one run at a time). */
export function createCaptureMenus(): Promise<void> {
  creating = creating.then(async () => {
    await browser.contextMenus.removeAll();
    for (const [id, item] of Object.entries(captureMenuItems)) {
      browser.contextMenus.create({ id, title: item.title, contexts: ['selection'] });
    }
  });
  return creating;
}

type Capture = (kind: CaptureKind, text: string, tab: CaptureTab | undefined) => Promise<unknown>;

/** Listens to the menu items and the shortcut; both end in the same capture call. */
export function listenForCaptures(capture: Capture, readSelection: (tabId: number) => Promise<string>): void {
  browser.runtime.onInstalled.addListener(() => void createCaptureMenus());
  browser.runtime.onStartup.addListener(() => void createCaptureMenus());
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    const item = captureMenuItems[String(info.menuItemId)];
    if (!item) return;
    // selectionText has its line breaks flattened (a list of names becomes one line); the click grants
    // activeTab, so read the real selection first and fall back to the menu's copy.
    const read = tab?.id !== undefined && tab.id >= 0 ? await readSelection(tab.id) : '';
    const text = read.trim() ? read : (info.selectionText ?? '');
    if (text.trim()) await capture(item.kind, text, tab);
  });
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== captureCommand) return;
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id === undefined) return;
    const text = await readSelection(active.id);
    if (text.trim()) await capture('physician', text, active);
  });
}
