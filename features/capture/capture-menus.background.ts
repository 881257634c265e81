import { browser } from 'wxt/browser';
import { t } from '../../locales/i18n';
import type { CaptureKind } from '../../messaging/pending-capture';
import type { CaptureTab } from './capture-selection.background';
import { menuCaptureText } from './menu-text';
import type { SelectionRead } from './visible-selection';

/** Menu item ids → what they capture. */
export const captureMenuItems: Record<string, { kind: CaptureKind; title: string }> = {
  'rounds-capture-physician': { kind: 'physician', title: t('capture.saveSAsPhysician') },
  'rounds-capture-note': { kind: 'note', title: t('capture.addSToANote') },
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
type ReadSelection = (tabId: number) => Promise<SelectionRead>;

/** What onClicked gets: the item and the menu's own copy of the selection. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string | undefined;
}

/**
 * A click on one of our items: captures the text the menu showed (`menuCaptureText`), never a later re-read the page
 * could have swapped; returns the text captured ('' for none).
 */
export async function captureFromMenu(
  info: MenuClick,
  tab: CaptureTab | undefined,
  capture: Capture,
  readSelection: ReadSelection,
): Promise<string> {
  const item = captureMenuItems[String(info.menuItemId)];
  if (!item || !info.selectionText?.trim()) return '';
  // The click grants activeTab: the re-read gives line breaks and tells hidden text, when it matches the menu.
  const read = tab?.id !== undefined && tab.id >= 0 ? await readSelection(tab.id) : { raw: '', visible: '' };
  const text = menuCaptureText(info.selectionText, read);
  if (text.trim()) await capture(item.kind, text, tab);
  return text;
}

/** Listens to the menu items and the shortcut; both end in the same capture call. */
export function listenForCaptures(capture: Capture, readSelection: ReadSelection): void {
  browser.runtime.onInstalled.addListener(() => void createCaptureMenus());
  browser.runtime.onStartup.addListener(() => void createCaptureMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void captureFromMenu(info, tab, capture, readSelection));
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== captureCommand) return;
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id === undefined) return;
    // No menu copy here: the shortcut saves what is visible of the selection at the key press.
    const text = (await readSelection(active.id)).visible;
    if (text.trim()) await capture('physician', text, active);
  });
}
