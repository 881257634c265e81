import type { LiveIndex } from '../../components/directory/use-physician-index';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { searchPhysicians } from '../../storage/search';

/**
 * Type-ahead over the sidebar's in-memory index; falls back to the IndexedDB look-up while the index loads. The
 * index keeps display fields only: the few hits are read as whole rows (one bulkGet), which the pickers hand on.
 */
export function directorySearch(db: RoundsDatabase, live: LiveIndex, limit = 8) {
  const { index } = live;
  return async (query: string): Promise<Physician[]> => {
    if (!index) return searchPhysicians(db, query, limit);
    const ids = index.search(query, { limit }).map((hit) => hit.physician.id);
    return (await db.physicians.bulkGet(ids)).filter((p): p is Physician => Boolean(p && !p.deletedAt));
  };
}
