import { z } from 'zod';
import { keyOf, storageKeys } from '../../storage/extension-storage';

/**
 * One automatic backup the browser was asked to download: its download id lets us remove it later. `pending` until
 * the browser reports the file complete; only complete backups count towards `keep` (older entries: complete).
 */
export const backupEntry = z.object({
  downloadId: z.number().int(),
  fileName: z.string(),
  at: z.string(),
  state: z.enum(['pending', 'complete']).default('complete'),
});
export type BackupEntry = z.infer<typeof backupEntry>;

/** A download's state as downloads.search and downloads.onChanged give it. */
export type DownloadState = 'in_progress' | 'interrupted' | 'complete';
export interface DownloadDelta {
  id: number;
  state?: { current?: string | undefined } | undefined;
  error?: { current?: string | undefined } | undefined;
}

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
    search: (query: {
      id: number;
    }) => Promise<{ id: number; state?: string | undefined; error?: string | undefined }[]>;
    onChanged: {
      addListener: (listener: (delta: DownloadDelta) => void) => void;
      removeListener: (listener: (delta: DownloadDelta) => void) => void;
    };
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

/** Logs a backup the browser has started to download (before it completes, so Delete all data finds it too). */
export async function recordPendingBackup(api: BackupBrowser, entry: Omit<BackupEntry, 'state'>): Promise<void> {
  await api.storage.set({ [logKey]: [...(await readBackupLog(api)), { ...entry, state: 'pending' }] });
}

/**
 * Settles a pending backup. Complete: it counts, and only now are the oldest complete files beyond `keep` deleted.
 * Failed (interrupted, or gone): it leaves the log and nothing is deleted, so the older backups all stay.
 */
export async function settleBackup(
  api: BackupBrowser,
  downloadId: number,
  outcome: 'complete' | 'failed',
  keep: number,
): Promise<BackupEntry[]> {
  let log = await readBackupLog(api);
  if (outcome === 'failed') log = log.filter((e) => e.downloadId !== downloadId);
  else {
    log = log.map((e) => (e.downloadId === downloadId ? { ...e, state: 'complete' as const } : e));
    const complete = log.filter((e) => e.state === 'complete');
    const dropped = new Set(complete.slice(0, Math.max(0, complete.length - keep)));
    for (const old of dropped) await removeBackupFile(api, old);
    log = log.filter((e) => !dropped.has(e));
  }
  await api.storage.set({ [logKey]: log });
  return log;
}

/** Settles backups left pending by an earlier background (an MV3 worker may stop while a download runs). */
export async function settlePendingBackups(api: BackupBrowser, keep: number): Promise<void> {
  for (const entry of (await readBackupLog(api)).filter((e) => e.state === 'pending')) {
    const [item] = await api.downloads.search({ id: entry.downloadId }).catch(() => []);
    if (item?.state === 'complete') await settleBackup(api, entry.downloadId, 'complete', keep);
    else if (!item || item.state === 'interrupted') {
      console.error('[rounds] automatic backup did not complete; older backups kept', item?.error ?? 'not found');
      await settleBackup(api, entry.downloadId, 'failed', keep);
    }
  }
}

/** Deletes every automatic backup file Rounds saved (Delete all data: each holds all the data); returns how many. */
export async function removeAllBackups(api: BackupBrowser): Promise<number> {
  const log = await readBackupLog(api);
  for (const entry of log) await removeBackupFile(api, entry);
  await api.storage.set({ [logKey]: [] });
  return log.length;
}
