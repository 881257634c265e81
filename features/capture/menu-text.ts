import type { SelectionRead } from './visible-selection';

/** Whitespace collapsed, as browsers give `selectionText` (line breaks become spaces). */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text a menu capture saves. The menu's copy (`info.selectionText`, shown in the item's title) is the truth:
 * the page can change the selection between the right-click and the click, but not that copy. A re-read of the
 * selection is used only when it is the same text as the menu's copy: then its visible part is taken, which keeps
 * line breaks (one name per line in a note capture) and drops text hidden in the selection. Otherwise the page
 * changed the selection after the menu opened, and the menu's copy is saved as it was shown.
 */
export function menuCaptureText(menuText: string | undefined, read: SelectionRead): string {
  const shown = flat(menuText ?? '');
  if (!shown) return '';
  if (flat(read.raw) === shown || flat(read.visible) === shown) return read.visible;
  return shown;
}
