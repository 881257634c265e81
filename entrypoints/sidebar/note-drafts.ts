import { cipherState } from '../../storage/crypto/cipher-state';
import { isSealed, openSealed, sealWithKey } from '../../storage/crypto/envelope';
import { hashPageKey } from '../../storage/crypto/page-key-hash';
import { declaredArea, keyOf, storageKeys } from '../../storage/extension-storage';

/** With encryption on, a draft is sealed like a note (and its key names the page by its keyed hash); locked, none is kept. */
const encrypted = () => cipherState.mode !== 'off';
const draftAad = 'note draft';

/**
 * Unsaved note text, kept in the extension's own storage (never the page's), keyed by physician and page,
 * so a note being typed survives closing the sidebar, the tab or the browser. Delete all data removes it.
 */
const drafts = () => declaredArea(storageKeys.noteDrafts);

/** The storage key of the draft for one physician on one page. */
export function noteDraftKey(physicianId: string, pageKey: string): string {
  const ring = cipherState.ring;
  const page = !encrypted() ? pageKey : ring ? hashPageKey(ring.pageKeySecret, pageKey) : 'locked';
  return keyOf(storageKeys.noteDrafts, `${physicianId}|${page}`);
}

/** The stored draft text, or '' when there is none. */
export async function loadNoteDraft(key: string): Promise<string> {
  const value = (await drafts()?.get(key))?.[key];
  if (isSealed(value)) {
    const text = cipherState.ring ? openSealed(cipherState.ring, value, draftAad) : '';
    return typeof text === 'string' ? text : '';
  }
  return typeof value === 'string' && !encrypted() ? value : '';
}

/** Stores the draft text; an empty text removes it. */
export async function saveNoteDraft(key: string, text: string): Promise<void> {
  if (text.trim() === '') await drafts()?.remove(key);
  else if (!encrypted()) await drafts()?.set({ [key]: text });
  else if (cipherState.ring) await drafts()?.set({ [key]: sealWithKey(cipherState.ring.dataKey, text, draftAad) });
}

/** Removes the draft (after the note was saved). */
export async function clearNoteDraft(key: string): Promise<void> {
  await drafts()?.remove(key);
}
