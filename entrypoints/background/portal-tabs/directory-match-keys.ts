import Dexie from 'dexie';
import { type BuiltMatchKeys, buildMatchKeys } from '../../../features/detection/match-keys';
import { loadDirectoryIndex } from '../../../features/directory/search/stored-index';
import type { RoundsDatabase } from '../../../storage/database';

/**
 * The directory's match keys, rebuilt only when the directory changed. Dexie announces every write to the
 * physician table, from any extension context, through its storagemutated event: until one arrives the cached
 * keys stand without reading IndexedDB (a count over 50,000 rows costs ~0.4 s). The last few generations are
 * kept so that a report made just before a rebuild still maps to the right ids.
 */
const kept: Array<{ version: string; built: BuiltMatchKeys }> = [];
let lastGeneration = 0;
let dirty = true;
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((key) => key.includes('/physicians'))) dirty = true;
});

/** A cheap fingerprint of the physician table. */
export async function directoryVersion(db: RoundsDatabase): Promise<string> {
  const [count, newest] = await Promise.all([db.physicians.count(), db.physicians.orderBy('updatedAt').last()]);
  return `${count}:${newest?.updatedAt ?? ''}`;
}

/** Current keys, rebuilt when the directory version moved. */
export async function currentMatchKeys(db: RoundsDatabase): Promise<BuiltMatchKeys> {
  const latest = kept[kept.length - 1];
  if (latest && !dirty) return latest.built;
  dirty = false;
  const version = await directoryVersion(db);
  if (latest && latest.version === version) return latest.built;
  // Time-based generations: a restarted background never reuses a number a page still holds.
  lastGeneration = Math.max(Date.now(), lastGeneration + 1);
  // From the stored directory index (one record) rather than every row.
  const built = buildMatchKeys((await loadDirectoryIndex(db, { persistAfter: 50 })).index.entries(), lastGeneration);
  kept.push({ version, built });
  if (kept.length > 3) kept.shift();
  return built;
}

/** The keys of an earlier generation, if still kept. */
export function matchKeysOfGeneration(generation: number): BuiltMatchKeys | undefined {
  return kept.find((k) => k.built.keys.generation === generation)?.built;
}
