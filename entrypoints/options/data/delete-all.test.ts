import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { loadDirectoryIndex } from '../../../features/directory/search/stored-index';
import { freshDatabase, repositories } from '../../../tests/db';
import { deleteAllData } from './delete-all';

describe('deleteAllData', () => {
  it('empties every table and gives back the portals’ host permissions', async () => {
    const db = await freshDatabase();
    const repos = repositories(db);
    await repos.physicians.create({ last: 'Smith' });
    await repos.portals.create({ origin: 'https://ehr.example.org' });
    await repos.portals.create({ origin: 'https://ehr.example.org', pathPrefix: '/referrals' });
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(undefined);
    const tell = vi.fn(async () => ({ tabs: 0, captures: 0 }));
    expect(await deleteAllData(db, tell)).toBe(3);
    expect(tell).toHaveBeenCalledOnce();
    // A background that cannot be reached does not turn a done deletion into an error.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(deleteAllData(db, async () => Promise.reject(new Error('no background')))).resolves.toBe(0);
    expect(await db.physicians.count()).toBe(0);
    expect(await db.portals.count()).toBe(0);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://ehr.example.org/*'] });
  });

  it('clears the stored directory index: no name of the deleted directory is found again', async () => {
    const db = await freshDatabase();
    await repositories(db).physicians.create({ first: 'Ana', last: 'Ruiz' });
    const before = await loadDirectoryIndex(db);
    await before.persisted;
    expect(await db.directoryIndex.count()).toBe(2);
    vi.spyOn(browser.permissions, 'remove').mockResolvedValue(undefined);
    await deleteAllData(db, async () => ({ tabs: 0, captures: 0 }));
    expect(await db.directoryIndex.count()).toBe(0);
    const after = await loadDirectoryIndex(db);
    expect([after.from, after.index.size, after.index.search('ruiz')]).toEqual(['rebuilt', 0, []]);
  });
});
