import type { RoundsDatabase } from '../../storage/database';
import { transferTableNames } from '../../transfer/tables';

/** Empties every table in one read-write transaction (all or nothing); returns how many rows were removed. */
export async function deleteAllData(db: RoundsDatabase): Promise<number> {
  const tables = transferTableNames.map((t) => db.table(t));
  return db.transaction('rw', tables, async () => {
    let removed = 0;
    for (const table of tables) {
      removed += await table.count();
      await table.clear();
    }
    return removed;
  });
}
