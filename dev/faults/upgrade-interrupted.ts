import Dexie from 'dexie';
import { applyVersions } from '../../storage/database';
import { type SchemaVersion, schemaVersions } from '../../storage/versions';

/** How an upgrade is cut short: an exception in a step, an aborted transaction, or a connection closed mid-way. */
export type Interruption = 'throw' | 'abort' | 'close';

/** How many interrupted upgrade steps have started (proves a test's interruption really ran). */
export const interruptedRuns = { started: 0 };

/**
 * The shipped versions up to `target`, whose last upgrade does its real work on half the rows of a table and
 * is then interrupted, as a crash or a killed page would leave it.
 */
export function interruptedVersions(target: number, how: Interruption, db: () => Dexie): SchemaVersion[] {
  return schemaVersions
    .filter((v) => v.version <= target)
    .map((v) =>
      v.version !== target
        ? v
        : {
            ...v,
            upgrade: async (tx) => {
              interruptedRuns.started++;
              await v.upgrade?.(tx);
              const table = tx.table(Object.keys(v.stores)[0] ?? 'physicians');
              const keys = await table.toCollection().primaryKeys();
              await table.bulkDelete(keys.slice(0, Math.ceil(keys.length / 2)));
              if (how === 'throw') throw new Error('interrupted upgrade (test)');
              if (how === 'abort') tx.abort();
              if (how === 'close') db().close();
            },
          },
    );
}

/** Tries to open `name` with an upgrade to `target` that is interrupted; resolves with the error it failed with. */
export async function openInterrupted(name: string, target: number, how: Interruption): Promise<unknown> {
  const db: Dexie = new Dexie(name);
  applyVersions(
    db,
    interruptedVersions(target, how, () => db),
    target,
  );
  try {
    await db.open();
    // A close during the upgrade may let open() settle first; the next read shows what is left.
    await db.table('physicians').count();
    db.close();
    return null;
  } catch (error) {
    db.close();
    return error;
  }
}

/** The stored version of a database, read without declaring any schema (Dexie's dynamic mode). */
export async function storedVersion(name: string): Promise<number> {
  const db = new Dexie(name);
  await db.open();
  const version = db.verno;
  db.close();
  return version;
}
