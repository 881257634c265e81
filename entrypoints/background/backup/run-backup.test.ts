import { afterEach, describe, expect, it } from 'vitest';
import type { BackupBrowser } from '../../../features/backup/backup-log';
import { RoundsDatabase } from '../../../storage/database';
import { saveSettings } from '../../../storage/settings-store';
import { runBackupIfDue } from './run-backup';

const opened: RoundsDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function fakeBrowser() {
  const store: Record<string, unknown> = {};
  const files = new Map<number, string>();
  let next = 1;
  const api: BackupBrowser = {
    storage: { get: async (key) => ({ [key]: store[key] }), set: async (items) => void Object.assign(store, items) },
    downloads: {
      download: async ({ filename }) => {
        files.set(next, filename);
        return next++;
      },
      removeFile: async (id) => void files.delete(id),
      erase: async () => [],
    },
  };
  return { api, files };
}

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 12));

describe('automatic backup', () => {
  it('does nothing while off, saves weekly when on, and keeps only the last N files', async () => {
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    const { api, files } = fakeBrowser();
    expect(await runBackupIfDue(db, api, day(0))).toBe('off');
    await saveSettings(db, { autoBackupWeekly: true, autoBackupKeep: 2 });
    expect(await runBackupIfDue(db, api, day(0))).toBe('saved');
    expect(await runBackupIfDue(db, api, day(3))).toBe('not-due');
    expect(await runBackupIfDue(db, api, day(7))).toBe('saved');
    expect(await runBackupIfDue(db, api, day(14))).toBe('saved');
    expect([...files.values()]).toEqual([
      'Rounds backups/rounds-export-2025-01-08.json',
      'Rounds backups/rounds-export-2025-01-15.json',
    ]);
  });
});
