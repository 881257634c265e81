import { browser } from 'wxt/browser';
import { getDatabase } from '../../../storage/database';
import { storageArea } from '../../../storage/extension-storage';
import type { BackupBrowser } from './backup-log';
import { runBackupIfDue } from './run-backup';

const alarmName = 'rounds-auto-backup';

/** The real browser APIs behind automatic backups. */
function backupBrowser(): BackupBrowser {
  return {
    storage: {
      get: async (key) => (await storageArea('local')?.get(key)) ?? {},
      set: async (items) => storageArea('local')?.set(items),
    },
    downloads: {
      download: (options) => browser.downloads.download(options),
      removeFile: (id) => browser.downloads.removeFile(id),
      erase: (query) => browser.downloads.erase(query),
    },
  };
}

/**
 * Checks twice a day whether the weekly backup is due (a fixed weekly alarm would be missed whenever the browser
 * is closed at that moment). The listener is added at start-up, as MV3 service workers require.
 */
export function startBackups(): void {
  if (!browser.downloads) return;
  void browser.alarms.create(alarmName, { delayInMinutes: 5, periodInMinutes: 12 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== alarmName) return;
    void getDatabase()
      .then((db) => runBackupIfDue(db, backupBrowser()))
      .catch((error: unknown) => console.error('[rounds] automatic backup failed', error));
  });
}
