import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackupLog } from '../../../features/backup/backup-log';
import { RoundsDatabase } from '../../../storage/database';
import { saveSettings } from '../../../storage/settings-store';
import { fakeDownloads } from '../../../tests/fake-downloads';
import type { MakeBackupFile } from './backup-file';
import { runBackupIfDue } from './run-backup';

const opened: RoundsDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
  vi.restoreAllMocks();
});
async function backupDb(keep: number) {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  await saveSettings(db, { autoBackupWeekly: true, autoBackupKeep: keep });
  return db;
}

/** A file maker that records when its blob: URL is released. */
function fakeFiles(events: string[]): MakeBackupFile {
  let n = 0;
  return async (_db, now) => {
    const url = `blob:rounds/${++n}`;
    return {
      url,
      fileName: `rounds-export-${now.toISOString().slice(0, 10)}.json`,
      bytes: 10,
      release: async () => void events.push(`release ${url}`),
    };
  };
}
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 12));

describe('automatic backup', () => {
  it('does nothing while off, saves weekly when on, and keeps only the last N files', async () => {
    const fake = fakeDownloads('complete');
    const make = fakeFiles(fake.events);
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    expect(await runBackupIfDue(db, fake.api, make, day(0))).toEqual({ result: 'off' });
    await saveSettings(db, { autoBackupWeekly: true, autoBackupKeep: 2 });
    expect(await runBackupIfDue(db, fake.api, make, day(0))).toMatchObject({ result: 'saved' });
    expect(await runBackupIfDue(db, fake.api, make, day(3))).toEqual({ result: 'not-due' });
    expect(await runBackupIfDue(db, fake.api, make, day(7))).toMatchObject({ result: 'saved' });
    expect(await runBackupIfDue(db, fake.api, make, day(14))).toMatchObject({ result: 'saved' });
    expect([...fake.files.values()].map((f) => f.filename)).toEqual([
      'Rounds backups/rounds-export-2025-01-08.json',
      'Rounds backups/rounds-export-2025-01-15.json',
    ]);
    expect([...fake.files.values()].every((f) => f.url.startsWith('blob:'))).toBe(true);
  });

  it('deletes the oldest file only after the new download completed, then releases the blob: URL', async () => {
    const fake = fakeDownloads('complete');
    const db = await backupDb(1);
    await runBackupIfDue(db, fake.api, fakeFiles(fake.events), day(0));
    fake.events.length = 0;
    await runBackupIfDue(db, fake.api, fakeFiles(fake.events), day(7));
    expect(fake.events).toEqual(['download 2', 'complete 2', 'remove 1', 'release blob:rounds/1']);
  });

  it('a failed download deletes nothing, is logged, and leaves the log as it was', async () => {
    const fake = fakeDownloads('complete');
    const db = await backupDb(1);
    await runBackupIfDue(db, fake.api, fakeFiles(fake.events), day(0));
    const before = await readBackupLog(fake.api);
    fake.endWith('interrupted');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = await runBackupIfDue(db, fake.api, fakeFiles(fake.events), day(7));
    expect(run).toMatchObject({ result: 'failed', error: 'FILE_FAILED' });
    expect(fake.events.filter((e) => e.startsWith('remove'))).toEqual([]);
    expect(await readBackupLog(fake.api)).toEqual(before);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('failed; older backups kept'), 'FILE_FAILED');
    expect(fake.events.slice(-2)).toEqual(['interrupted 2', 'release blob:rounds/1']);
  });

  it('a download still running is logged as pending and settled at the next check (prune only then)', async () => {
    const fake = fakeDownloads();
    const db = await backupDb(1);
    const make = fakeFiles(fake.events);
    const first = runBackupIfDue(db, fake.api, make, day(0), 50);
    await new Promise((r) => setTimeout(r, 10));
    fake.finish(1, 'complete');
    expect(await first).toMatchObject({ result: 'saved' });
    // The second download outlives the wait (a stopped worker is the same): pending, nothing deleted, URL kept.
    expect(await runBackupIfDue(db, fake.api, make, day(7), 20)).toMatchObject({ result: 'pending' });
    expect((await readBackupLog(fake.api)).map((e) => [e.downloadId, e.state])).toEqual([
      [1, 'complete'],
      [2, 'pending'],
    ]);
    expect(fake.events).not.toContain('remove 1');
    expect(fake.events).not.toContain('release blob:rounds/2');
    fake.finish(2, 'complete');
    expect(await runBackupIfDue(db, fake.api, make, day(8))).toEqual({ result: 'not-due' });
    expect(fake.events.at(-1)).toBe('remove 1');
    expect((await readBackupLog(fake.api)).map((e) => e.downloadId)).toEqual([2]);
  });

  it('a backup that cannot be made (export or offscreen failure) downloads and deletes nothing', async () => {
    const fake = fakeDownloads('complete');
    const db = await backupDb(1);
    const broken: MakeBackupFile = async () => {
      throw new Error('offscreen document refused');
    };
    await expect(runBackupIfDue(db, fake.api, broken, day(0))).rejects.toThrow('offscreen document refused');
    expect(fake.events).toEqual([]);
  });
});
