import { browser } from 'wxt/browser';

function selectedText(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

/**
 * The text selected in a tab's top frame, read with scripting.executeScript: the shortcut's gesture grants
 * activeTab (Chrome MV3, and Firefox MV2 from 102; the manifest asks for 115). Empty when the page refuses.
 */
export async function readSelection(tabId: number): Promise<string> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: selectedText });
    return typeof first?.result === 'string' ? first.result : '';
  } catch (error) {
    console.warn('[rounds] could not read the selection', error);
    return '';
  }
}
