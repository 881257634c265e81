import type { LiveIndex } from '../../components/directory/use-physician-index';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { searchPhysicians } from '../../storage/search';

/** Type-ahead over the sidebar's in-memory index; falls back to the IndexedDB look-up while the index builds. */
export function directorySearch(db: RoundsDatabase, live: LiveIndex, limit = 8) {
  const { index } = live;
  return async (query: string): Promise<Physician[]> =>
    index ? index.search(query, { limit }).map((hit) => hit.physician) : searchPhysicians(db, query, limit);
}
