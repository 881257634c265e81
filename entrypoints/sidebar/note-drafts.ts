import { declaredArea, keyOf, storageKeys } from '../../storage/extension-storage';

/**
 * Unsaved note text, kept in the extension's own storage (never the page's), keyed by physician and page,
 * so a note being typed survives closing the sidebar, the tab or the browser. Delete all data removes it.
 */
const drafts = () => declaredArea(storageKeys.noteDrafts);

/** The storage key of the draft for one physician on one page. */
export function noteDraftKey(physicianId: string, pageKey: string): string {
  return keyOf(storageKeys.noteDrafts, `${physicianId}|${pageKey}`);
}

/** The stored draft text, or '' when there is none. */
export async function loadNoteDraft(key: string): Promise<string> {
  const value = (await drafts()?.get(key))?.[key];
  return typeof value === 'string' ? value : '';
}

/** Stores the draft text; an empty text removes it. */
export async function saveNoteDraft(key: string, text: string): Promise<void> {
  if (text.trim() === '') await drafts()?.remove(key);
  else await drafts()?.set({ [key]: text });
}

/** Removes the draft (after the note was saved). */
export async function clearNoteDraft(key: string): Promise<void> {
  await drafts()?.remove(key);
}
