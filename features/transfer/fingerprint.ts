import type Dexie from 'dexie';
import { recordTableNames } from './tables';

/** Row count and latest change per table: any repository write (even a soft delete) moves one of them. */
export type DbFingerprint = Record<string, string>;

/** Cheap summary of the database's state, read through indexes only. */
export async function fingerprintOf(db: Dexie): Promise<DbFingerprint> {
  const out: DbFingerprint = {};
  for (const name of recordTableNames) {
    const table = db.table(name);
    const last = (await table.orderBy('updatedAt').last()) as { id?: string; updatedAt?: string } | undefined;
    out[name] = `${await table.count()}|${last?.updatedAt ?? ''}|${last?.id ?? ''}`;
  }
  out.settings = JSON.stringify((await db.table('settings').get('app')) ?? null);
  return out;
}

/** True when both fingerprints describe the same state. */
export function sameFingerprint(a: DbFingerprint, b: DbFingerprint): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}
