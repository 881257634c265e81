import { browser } from 'wxt/browser';
import { backupBrowser } from '../../../features/backup/backup-browser';
import { getDatabase } from '../../../storage/database';
import { makeBackupFile } from './backup-file';
import { runBackupIfDue } from './run-backup';

const alarmName = 'rounds-auto-backup';

/**
 * Checks twice a day whether the weekly backup is due (a fixed weekly alarm would be missed whenever the browser
 * is closed at that moment). The listener is added at start-up, as MV3 service workers require.
 */
export function startBackups(): void {
  const api = backupBrowser();
  if (!api) return;
  void browser.alarms.create(alarmName, { delayInMinutes: 5, periodInMinutes: 12 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== alarmName) return;
    void getDatabase()
      .then((db) => runBackupIfDue(db, api, makeBackupFile))
      .catch((error: unknown) => console.error('[rounds] automatic backup failed', error));
  });
}
