import { z } from 'zod';
import { keyOf, storageKeys } from '../../storage/extension-storage';

/** One automatic backup the browser downloaded: its download id lets us remove it later. */
export const backupEntry = z.object({ downloadId: z.number().int(), fileName: z.string(), at: z.string() });
export type BackupEntry = z.infer<typeof backupEntry>;

/** The parts of browser.storage and browser.downloads that backups use (injected, so tests can fake them). */
export interface BackupBrowser {
  storage: {
    get: (key: string) => Promise<Record<string, unknown>>;
    set: (items: Record<string, unknown>) => Promise<void>;
  };
  downloads: {
    download: (options: {
      url: string;
      filename: string;
      conflictAction: 'uniquify';
      saveAs: false;
    }) => Promise<number>;
    removeFile: (id: number) => Promise<void>;
    erase: (query: { id: number }) => Promise<unknown>;
  };
}

const logKey = keyOf(storageKeys.backupLog);

/** The backups made so far, oldest first (a malformed stored entry is dropped). */
export async function readBackupLog(api: BackupBrowser): Promise<BackupEntry[]> {
  const value = (await api.storage.get(logKey))[logKey];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const parsed = backupEntry.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Deletes a backup's file and its download-list entry, where the browser still knows them. */
async function removeBackupFile(api: BackupBrowser, entry: BackupEntry): Promise<void> {
  // The user may have moved or deleted the file, or cleared the download list: then there is nothing to remove.
  const quietly = async (step: () => Promise<unknown>) => {
    try {
      await step();
    } catch {
      // nothing to remove
    }
  };
  await quietly(() => api.downloads.removeFile(entry.downloadId));
  await quietly(() => api.downloads.erase({ id: entry.downloadId }));
}

/** Records a new backup, then deletes the oldest files beyond `keep`. */
export async function recordBackup(api: BackupBrowser, entry: BackupEntry, keep: number): Promise<BackupEntry[]> {
  const log = [...(await readBackupLog(api)), entry];
  const dropped = log.splice(0, Math.max(0, log.length - keep));
  for (const old of dropped) await removeBackupFile(api, old);
  await api.storage.set({ [logKey]: log });
  return log;
}

/** Deletes every automatic backup file Rounds saved (Delete all data: each holds all the data); returns how many. */
export async function removeAllBackups(api: BackupBrowser): Promise<number> {
  const log = await readBackupLog(api);
  for (const entry of log) await removeBackupFile(api, entry);
  await api.storage.set({ [logKey]: [] });
  return log.length;
}
