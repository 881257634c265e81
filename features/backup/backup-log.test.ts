import { describe, expect, it, vi } from 'vitest';
import { type BackupBrowser, readBackupLog, recordBackup, removeAllBackups } from './backup-log';

function fakeApi(): BackupBrowser & { store: Record<string, unknown> } {
  const store: Record<string, unknown> = {};
  return {
    store,
    storage: { get: async (key) => ({ [key]: store[key] }), set: async (items) => void Object.assign(store, items) },
    downloads: {
      download: vi.fn(async () => 1),
      removeFile: vi.fn(async () => undefined),
      erase: vi.fn(async () => []),
    },
  };
}

describe('the automatic backup log', () => {
  it('keeps the newest, deletes the rest, and Delete all data deletes every file it logged', async () => {
    const api = fakeApi();
    for (const id of [1, 2, 3])
      await recordBackup(api, { downloadId: id, fileName: `b${id}.json`, at: '2026-11-30' }, 2);
    expect(api.downloads.removeFile).toHaveBeenCalledWith(1);
    expect((await readBackupLog(api)).map((e) => e.downloadId)).toEqual([2, 3]);
    expect(await removeAllBackups(api)).toBe(2);
    expect(api.downloads.removeFile).toHaveBeenCalledWith(2);
    expect(api.downloads.erase).toHaveBeenCalledWith({ id: 3 });
    expect(await readBackupLog(api)).toEqual([]);
  });

  it('drops a malformed stored entry instead of trusting it', async () => {
    const api = fakeApi();
    api.store['rounds.autoBackups'] = [{ downloadId: 'x' }, { downloadId: 4, fileName: 'b4.json', at: '2026-11-30' }];
    expect((await readBackupLog(api)).map((e) => e.downloadId)).toEqual([4]);
  });
});
