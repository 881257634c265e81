import { browser } from 'wxt/browser';
import { declaredArea, storageKeys } from '../../storage/extension-storage';
import type { BackupBrowser } from './backup-log';

/** The real browser APIs behind automatic backups (background and options page), or undefined without downloads. */
export function backupBrowser(): BackupBrowser | undefined {
  const area = declaredArea(storageKeys.backupLog);
  if (!browser.downloads || !area) return undefined;
  return {
    storage: area,
    downloads: {
      download: (options) => browser.downloads.download(options),
      removeFile: (id) => browser.downloads.removeFile(id),
      erase: (query) => browser.downloads.erase(query),
      search: (query) => browser.downloads.search(query),
      onChanged: browser.downloads.onChanged,
    },
  };
}
