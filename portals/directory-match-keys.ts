import { type BuiltMatchKeys, buildMatchKeys } from '../page-context/match-keys';
import type { RoundsDatabase } from '../storage/database';

/**
 * The directory's match keys, rebuilt only when the directory changed. The version check is two indexed reads
 * (count, newest updatedAt: soft deletes and edits bump it). The last few generations are kept so that a report
 * made just before a rebuild still maps to the right ids.
 */
const kept: Array<{ version: string; built: BuiltMatchKeys }> = [];
let lastGeneration = 0;

/** A cheap fingerprint of the physician table. */
export async function directoryVersion(db: RoundsDatabase): Promise<string> {
  const [count, newest] = await Promise.all([db.physicians.count(), db.physicians.orderBy('updatedAt').last()]);
  return `${count}:${newest?.updatedAt ?? ''}`;
}

/** Current keys, rebuilt when the directory version moved. */
export async function currentMatchKeys(db: RoundsDatabase): Promise<BuiltMatchKeys> {
  const version = await directoryVersion(db);
  const latest = kept[kept.length - 1];
  if (latest && latest.version === version) return latest.built;
  // Time-based generations: a restarted background never reuses a number a page still holds.
  lastGeneration = Math.max(Date.now(), lastGeneration + 1);
  const built = buildMatchKeys(await db.physicians.toArray(), lastGeneration);
  kept.push({ version, built });
  if (kept.length > 3) kept.shift();
  return built;
}

/** The keys of an earlier generation, if still kept. */
export function matchKeysOfGeneration(generation: number): BuiltMatchKeys | undefined {
  return kept.find((k) => k.built.keys.generation === generation)?.built;
}
