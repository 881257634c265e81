import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { declaredArea, keyOf, readKey, removeDeclaredKeys, storageKeys, writeKey } from './extension-storage';

describe('declared extension-storage keys', () => {
  it('reads and writes declared keys only, per id where the key is per record', async () => {
    fakeBrowser.reset();
    await writeKey(storageKeys.sidebarLayouts, { open: false, width: 400 }, 'portal-1');
    expect(await readKey(storageKeys.sidebarLayouts, 'portal-1')).toEqual({ open: false, width: 400 });
    expect(() => keyOf(storageKeys.sidebarLayouts)).toThrow(/needs/);
    expect(() => keyOf(storageKeys.backupLog, 'x')).toThrow(/takes no/);
    const drafts = declaredArea(storageKeys.noteDrafts);
    await drafts?.set({ [keyOf(storageKeys.noteDrafts, 'p|page')]: 'text' });
    expect(() => drafts?.set({ 'rounds.somethingElse': 1 })).toThrow(/declare it/);
    expect(() => drafts?.get(null)).toThrow(/declare it/);
  });

  it('removes every declared key from both areas and leaves keys that are not Rounds’', async () => {
    fakeBrowser.reset();
    await writeKey(storageKeys.backupLog, []);
    await writeKey(storageKeys.tabSessions, []);
    await browser.storage.local.set({ 'not-rounds': 1 });
    expect(await removeDeclaredKeys()).toBe(2);
    expect(await browser.storage.local.get(null)).toEqual({ 'not-rounds': 1 });
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});
