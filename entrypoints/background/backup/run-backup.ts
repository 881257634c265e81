import { type BackupBrowser, readBackupLog, recordBackup } from '../../../features/backup/backup-log';
import { exportJson } from '../../../features/transfer';
import type { RoundsDatabase } from '../../../storage/database';
import { loadSettings } from '../../../storage/settings-store';
import { downloadUrlFor } from './download-url';

/** A backup is due this long after the last one. */
export const backupInterval = 7 * 24 * 3600_000;
/** Subfolder of the Downloads folder that holds automatic backups. */
export const backupFolder = 'Rounds backups';

/** Makes a JSON export into the Downloads folder when the setting is on and a week has passed; keeps the last N. */
export async function runBackupIfDue(
  db: RoundsDatabase,
  api: BackupBrowser,
  now = new Date(),
): Promise<'off' | 'not-due' | 'saved'> {
  const settings = await loadSettings(db);
  if (!settings.autoBackupWeekly) return 'off';
  const last = (await readBackupLog(api)).at(-1);
  if (last && now.getTime() - Date.parse(last.at) < backupInterval) return 'not-due';
  const result = await exportJson(db, { now });
  const { url, release } = await downloadUrlFor(result.blob);
  try {
    const filename = `${backupFolder}/${result.fileName}`;
    const downloadId = await api.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
    await recordBackup(api, { downloadId, fileName: filename, at: now.toISOString() }, settings.autoBackupKeep);
  } finally {
    // The download has its own copy once started; a minute is ample for it to read a blob URL.
    setTimeout(release, 60_000);
  }
  return 'saved';
}
