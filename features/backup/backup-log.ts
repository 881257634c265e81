import { keyOf, storageKeys } from '../../../storage/extension-storage';

/** One automatic backup the browser downloaded: its download id lets us remove it later. */
export interface BackupEntry {
  downloadId: number;
  fileName: string;
  at: string;
}

/** The parts of browser.storage.local and browser.downloads that backups use (injected, so tests can fake them). */
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

/** The backups made so far, oldest first. */
export async function readBackupLog(api: BackupBrowser): Promise<BackupEntry[]> {
  const value = (await api.storage.get(logKey))[logKey];
  return Array.isArray(value) ? (value as BackupEntry[]) : [];
}

/** Records a new backup, then deletes the oldest files beyond `keep` (where the browser still knows them). */
export async function recordBackup(api: BackupBrowser, entry: BackupEntry, keep: number): Promise<BackupEntry[]> {
  const log = [...(await readBackupLog(api)), entry];
  const dropped = log.splice(0, Math.max(0, log.length - keep));
  for (const old of dropped) {
    // The user may have moved or deleted the file, or cleared the download list: then there is nothing to remove.
    await api.downloads.removeFile(old.downloadId).catch(() => undefined);
    await api.downloads.erase({ id: old.downloadId }).catch(() => undefined);
  }
  await api.storage.set({ [logKey]: log });
  return log;
}
