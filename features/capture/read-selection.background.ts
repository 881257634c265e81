import { browser } from 'wxt/browser';
import { readSelectionInPage, type SelectionRead } from './visible-selection';

/**
 * The selection in a tab's top frame, read with scripting.executeScript: the menu click and the shortcut's gesture
 * grant activeTab (Chrome MV3, and Firefox MV2 from 102; the manifest asks for 115). Empty when the page refuses.
 */
export async function readSelection(tabId: number): Promise<SelectionRead> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: readSelectionInPage });
    const result = first?.result as Partial<SelectionRead> | undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return { raw: text(result?.raw), visible: text(result?.visible) };
  } catch (error) {
    console.warn('[rounds] could not read the selection', error);
    return { raw: '', visible: '' };
  }
}
