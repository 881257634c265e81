import {
  type BackupBrowser,
  readBackupLog,
  recordPendingBackup,
  settleBackup,
  settlePendingBackups,
} from '../../../features/backup/backup-log';
import { downloadOutcome } from '../../../features/backup/download-outcome';
import type { RoundsDatabase } from '../../../storage/database';
import { loadSettings } from '../../../storage/settings-store';
import type { MakeBackupFile } from './backup-file';

/** A backup is due this long after the last one. */
export const backupInterval = 7 * 24 * 3600_000;
/** Subfolder of the Downloads folder that holds automatic backups. */
export const backupFolder = 'Rounds backups';
/** How long to wait for the browser to write the file before leaving it to the next check. */
export const downloadWaitMs = 10 * 60_000;

export type BackupRun =
  | { result: 'off' | 'not-due' }
  | { result: 'saved' | 'failed' | 'pending'; downloadId: number; fileName: string; bytes: number; error?: string };

/**
 * Makes a JSON export into the Downloads folder when the setting is on and a week has passed. Older backups are
 * deleted only once the browser reports the new file complete; a failed or interrupted download deletes nothing
 * and is logged (the next check, in 12 hours, tries again).
 */
export async function runBackupIfDue(
  db: RoundsDatabase,
  api: BackupBrowser,
  makeFile: MakeBackupFile,
  now = new Date(),
  waitMs = downloadWaitMs,
): Promise<BackupRun> {
  const settings = await loadSettings(db);
  if (!settings.autoBackupWeekly) return { result: 'off' };
  await settlePendingBackups(api, settings.autoBackupKeep);
  const last = (await readBackupLog(api)).at(-1);
  if (last && now.getTime() - Date.parse(last.at) < backupInterval) return { result: 'not-due' };
  const file = await makeFile(db, now);
  let settled = false;
  try {
    const fileName = `${backupFolder}/${file.fileName}`;
    const downloadId = await api.downloads.download({
      url: file.url,
      filename: fileName,
      conflictAction: 'uniquify',
      saveAs: false,
    });
    await recordPendingBackup(api, { downloadId, fileName, at: now.toISOString() });
    const outcome = await downloadOutcome(api.downloads, downloadId, waitMs);
    const run = { downloadId, fileName, bytes: file.bytes };
    if (outcome.state === 'in_progress') return { result: 'pending', ...run };
    settled = true;
    if (outcome.state === 'complete') {
      await settleBackup(api, downloadId, 'complete', settings.autoBackupKeep);
      return { result: 'saved', ...run };
    }
    console.error('[rounds] automatic backup download failed; older backups kept', outcome.error);
    await settleBackup(api, downloadId, 'failed', settings.autoBackupKeep);
    return { result: 'failed', ...run, error: outcome.error ?? 'interrupted' };
  } catch (error) {
    settled = true;
    throw error;
  } finally {
    // The browser reads the blob: URL until the download ends: release it only then.
    if (settled) await file.release();
  }
}
