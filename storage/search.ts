import type { RoundsDatabase } from './database';
import { foldName } from './name-keys';
import type { Physician } from './schemas';

/**
 * Directory look-up through the IndexedDB indexes: an exact NPI, or every query word as a name-token prefix.
 * (The sidebar's instant, typo-tolerant search keeps its own in-memory index; this is the storage-level query.)
 */
export async function searchPhysicians(db: RoundsDatabase, query: string, limit = 20): Promise<Physician[]> {
  const trimmed = query.trim();
  if (/^\d{10}$/.test(trimmed)) {
    return (await db.physicians.where('npi').equals(trimmed).toArray()).filter((p) => !p.deletedAt);
  }
  const words = foldName(trimmed).split(/\s+/).filter(Boolean);
  const [first, ...rest] = words.sort((a, b) => b.length - a.length);
  if (!first) return [];
  return db.physicians
    .where('nameTokens')
    .startsWith(first)
    .distinct()
    .filter((p) => !p.deletedAt && rest.every((w) => p.nameTokens.some((t) => t.startsWith(w))))
    .limit(limit)
    .toArray();
}

/** The stored settings row merged over the defaults (older rows gain new fields). */
export { loadSettings, saveSettings } from './settings-store';
