import { describe, expect, it } from 'vitest';
import { fakeDownloads } from '../../tests/fake-downloads';
import { readBackupLog, recordPendingBackup, removeAllBackups, settleBackup } from './backup-log';

describe('the automatic backup log', () => {
  it('prunes complete backups beyond keep when a new one completes; Delete all data deletes every file it logged', async () => {
    const { api, events } = fakeDownloads();
    for (const id of [1, 2, 3]) {
      await recordPendingBackup(api, { downloadId: id, fileName: `b${id}.json`, at: '2026-11-30' });
      await settleBackup(api, id, 'complete', 2);
    }
    expect(events).toEqual(['remove 1']);
    expect((await readBackupLog(api)).map((e) => e.downloadId)).toEqual([2, 3]);
    await recordPendingBackup(api, { downloadId: 4, fileName: 'b4.json', at: '2026-12-07' });
    expect(await removeAllBackups(api)).toBe(3); // the pending one too
    expect(events).toEqual(['remove 1', 'remove 2', 'remove 3', 'remove 4']);
    expect(await readBackupLog(api)).toEqual([]);
  });

  it('a failed backup leaves the log and deletes nothing', async () => {
    const { api, events } = fakeDownloads();
    await recordPendingBackup(api, { downloadId: 1, fileName: 'b1.json', at: '2026-11-30' });
    await settleBackup(api, 1, 'complete', 1);
    await recordPendingBackup(api, { downloadId: 2, fileName: 'b2.json', at: '2026-12-07' });
    await settleBackup(api, 2, 'failed', 1);
    expect(events).toEqual([]);
    expect((await readBackupLog(api)).map((e) => [e.downloadId, e.state])).toEqual([[1, 'complete']]);
  });

  it('drops a malformed stored entry instead of trusting it; older entries count as complete', async () => {
    const { api, store } = fakeDownloads();
    store['rounds.autoBackups'] = [{ downloadId: 'x' }, { downloadId: 4, fileName: 'b4.json', at: '2026-11-30' }];
    expect(await readBackupLog(api)).toEqual([
      { downloadId: 4, fileName: 'b4.json', at: '2026-11-30', state: 'complete' },
    ]);
  });
});
