import { browser } from 'wxt/browser';
import { backupBrowser } from '../../../features/backup/backup-browser';
import { removeAllBackups } from '../../../features/backup/backup-log';
import { originPermission } from '../../../features/portals/portal-address';
import { transferTableNames } from '../../../features/transfer/tables';
import { send } from '../../../messaging/client';
import type { RoundsDatabase } from '../../../storage/database';
import { removeDeclaredKeys } from '../../../storage/extension-storage';

/**
 * Empties every table in one read-write transaction (all or nothing); returns how many rows were removed. Then
 * deletes the automatic backup files Rounds saved in Downloads (each holds all the data; a file the user saved
 * stays), removes every key Rounds keeps in extension storage (`storage/extension-storage.ts`: note drafts, sidebar
 * layouts, the backup log, tab sessions, pending captures), and gives back the portals' host permissions, as
 * `Remove` does, so no portal keeps its content script (the background unregisters on `permissions.onRemoved`).
 * Required hosts of the e2e build cannot be removed; ignored. The background is told last (`app.dataDeleted`): it
 * switches off open sidebars and forgets its tab sessions, pending captures and directory caches.
 */
export async function deleteAllData(
  db: RoundsDatabase,
  tellBackground: () => Promise<unknown> = () => send('app.dataDeleted', {}),
): Promise<number> {
  const tables = transferTableNames.map((t) => db.table(t));
  // Derived data (the stored directory index and its change log) goes too, first: clearing the physicians then logs
  // "rebuild", so a packing another page started before this cannot bring the old directory back.
  const derived = [db.directoryIndex, db.directoryChanges];
  const origins = [...new Set((await db.portals.toArray()).map((p) => originPermission(p.origin)))];
  const removed = await db.transaction('rw', [...derived, ...tables], async () => {
    for (const table of derived) await table.clear();
    let count = 0;
    for (const table of tables) {
      count += await table.count();
      await table.clear();
    }
    return count;
  });
  const backups = backupBrowser();
  if (backups) await removeAllBackups(backups);
  await removeDeclaredKeys();
  // The data is gone by now: a background that cannot be reached (it restarts clean) must not make the page say
  // "Nothing was deleted".
  await tellBackground().catch((error: unknown) => console.warn('[rounds] the background was not told', error));
  if (origins.length) {
    try {
      await browser.permissions.remove({ origins });
    } catch {
      // A required permission (e2e build) or no permissions API here: the next start resyncs registrations.
    }
  }
  return removed;
}
