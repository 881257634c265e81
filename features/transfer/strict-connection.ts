import Dexie, { type DexieOptions } from 'dexie';
import { cipherState } from '../../storage/crypto/cipher-state';
import { applyVersions, type RoundsDatabase } from '../../storage/database';
import { installSealedFields } from '../../storage/repositories/sealed-fields';
import { schemaVersions } from '../../storage/versions';
import { installWriteEvents } from '../../storage/write-events';

/**
 * A second connection to the same database whose transactions are opened with `{ durability: 'strict' }`.
 * Dexie 4 sets durability per connection (`chromeTransactionDurability`), and the shared connection keeps the
 * browser default (relaxed in Chromium and Firefox), so an import opens its own strict one and closes it after.
 */
export async function openStrictConnection(db: RoundsDatabase): Promise<Dexie> {
  if (!db.isOpen()) await db.open();
  const options: DexieOptions = { chromeTransactionDurability: 'strict' };
  // Pass the factory only when the main connection has one, so Dexie's defaults are not overwritten by undefined.
  if (db._options.indexedDB) options.indexedDB = db._options.indexedDB;
  if (db._options.IDBKeyRange) options.IDBKeyRange = db._options.IDBKeyRange;
  const strict = new Dexie(db.name, options);
  applyVersions(strict, schemaVersions, db.verno);
  installWriteEvents(strict); // its commits reach the same listeners (the badge after an import)
  installSealedFields(strict, cipherState); // imported patient information is sealed like any other write
  // Another context upgrading the schema must not wait for us: close and let the import fail cleanly.
  strict.on('versionchange', () => {
    strict.close();
    return false;
  });
  await strict.open();
  return strict;
}
