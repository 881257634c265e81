import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
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
});
