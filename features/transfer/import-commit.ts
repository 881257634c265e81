import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { settings } from '../../storage/schemas';
import { parseOrThrow } from '../../storage/validation';
import { type Progress, slices } from './chunks';
import { fingerprintOf, sameFingerprint } from './fingerprint';
import type { ImportAnalysis } from './import-analyze';
import { ImportError } from './import-error';
import { type SettingField, settingsToWrite } from './import-settings';
import { openStrictConnection } from './strict-connection';
import { recordTableNames, type TableCounts, transferTableNames, zeroCounts } from './tables';

/** Rows per bulkPut: large batches amortise IndexedDB request overhead (measured in dev/bench/suites/transfer.ts). */
export const writeBatchSize = 10_000;

/**
 * Writes an analysed import in one strict-durability read-write transaction over every table: all or nothing.
 * Of the settings the file would change (`analysis.settingChanges`), only the `chosen` ones are applied.
 */
export async function commitImport(
  db: RoundsDatabase,
  analysis: ImportAnalysis,
  onProgress?: Progress,
  chosen: readonly SettingField[] = [],
): Promise<{ written: TableCounts }> {
  const strict = await openStrictConnection(db);
  const written = zeroCounts();
  try {
    await strict.transaction('rw', [...transferTableNames], async () => {
      if (!sameFingerprint(await fingerprintOf(strict), analysis.fingerprint)) {
        throw new ImportError('changed-since-preview', t('transfer.roundsDataChangedSinceThis'));
      }
      const nextSettings = settingsToWrite(await strict.table('settings').get('app'), analysis.settingChanges, chosen);
      if (nextSettings) {
        await strict.table('settings').put(parseOrThrow(settings, nextSettings));
        written.settings = 1;
      }
      let done = 0;
      for (const table of recordTableNames) {
        for (const batch of slices(analysis.writes[table] as object[], writeBatchSize)) {
          await strict.table(table).bulkPut(batch);
          written[table] += batch.length;
          done += batch.length;
          // No timers in here: awaiting anything but IndexedDB would let the transaction commit early.
          onProgress?.(done, analysis.totalWrites, t('transfer.writeTable', { table }));
        }
      }
    });
  } finally {
    strict.close();
  }
  return { written };
}
