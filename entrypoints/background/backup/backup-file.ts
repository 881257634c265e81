import { browser } from 'wxt/browser';
import { currentBackupCipher, protectBackup } from '../../../features/encryption/backup-protection';
import { exportJson } from '../../../features/transfer';
import { type OffscreenCommand, offscreenBackupMade } from '../../../messaging/offscreen-commands';
import type { RoundsDatabase } from '../../../storage/database';

/** A backup export behind a blob: URL the downloads API can read, and how to release it once the download ended. */
export interface BackupFile {
  url: string;
  fileName: string;
  bytes: number;
  release: () => Promise<void>;
}
export type MakeBackupFile = (db: RoundsDatabase, now: Date) => Promise<BackupFile>;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}
const offscreenApi = () => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

/**
 * Never a data: URL (any extension with `downloads` could read it back; large files fail). Firefox's MV2
 * background page makes the blob: URL itself; Chrome's MV3 service worker has no URL.createObjectURL, so an
 * offscreen document (reason BLOBS) makes the export and the URL, and is closed once the download ended.
 */
export const makeBackupFile: MakeBackupFile = async (db, now) => {
  if (typeof URL.createObjectURL === 'function') {
    const cipher = await currentBackupCipher();
    const result = await protectBackup(await exportJson(db, { now }), cipher);
    const url = URL.createObjectURL(result.blob);
    return { url, fileName: result.fileName, bytes: result.blob.size, release: async () => URL.revokeObjectURL(url) };
  }
  const offscreen = offscreenApi();
  if (!offscreen) throw new Error('no offscreen documents here: the automatic backup needs Chrome 109 or newer');
  const send = (command: OffscreenCommand) => browser.runtime.sendMessage(command);
  // One offscreen document per extension: one left open by a stopped worker is closed first.
  await offscreen.closeDocument().catch(() => undefined);
  await offscreen.createDocument({
    url: browser.runtime.getURL('/offscreen-backup.html'),
    reasons: ['BLOBS'],
    justification: 'Make the weekly backup file into a blob: URL for downloads.download',
  });
  const close = () => offscreen.closeDocument().catch(() => undefined);
  try {
    const cipher = (await currentBackupCipher()) ?? undefined;
    const command: OffscreenCommand = {
      offscreen: 'backup.make',
      now: now.toISOString(),
      ...(cipher ? { cipher } : {}),
    };
    const made = offscreenBackupMade.parse(await send(command));
    if (!made.ok) throw new Error(made.error);
    const release = async () => {
      await send({ offscreen: 'backup.release', url: made.url }).catch(() => undefined);
      await close();
    };
    return { url: made.url, fileName: made.fileName, bytes: made.bytes, release };
  } catch (error) {
    await close();
    throw error;
  }
};
