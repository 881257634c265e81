import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PhysicianIndex } from '../../features/directory/search/physician-index';
import type { RoundsDatabase } from '../../storage/database';

/** The index (null while it is being built) and a number that changes whenever its content does. */
export interface LiveIndex {
  index: PhysicianIndex | null;
  version: number;
}

/**
 * The directory's search index, loaded once from the stored index (after `delayMs`, so the first paint's queries go
 * first; features/directory/search/stored-index.ts), then kept current incrementally: a live query over the `updatedAt` index returns only rows written since the build (here,
 * in the popup or another tab) and each is put again (a soft delete removes it). `version` changes whenever the index does, so callers re-run their search.
 */
export function usePhysicianIndex(db: RoundsDatabase, delayMs = 0): LiveIndex {
  const [state, setState] = useState<LiveIndex>({ index: null, version: 0 });
  const seen = useRef(new Map<string, string>());

  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    const start = () =>
      import('../../features/directory/search/stored-index')
        .then(({ loadDirectoryIndex }) => loadDirectoryIndex(db))
        .then(({ index, since }) => {
          if (!live) return;
          let current = index;
          setState({ index, version: 1 });
          const subscription = liveQuery(async () => ({
            changed: await db.physicians.where('updatedAt').aboveOrEqual(since).toArray(),
            // Only whether the table is empty (a full count reads 50,000 keys on every change).
            total: await db.physicians.limit(1).count(),
          })).subscribe({
            next: ({ changed, total }) => {
              // Rows removed outright (Delete all data) are not in the range: start over when the table empties.
              if (total === 0 && current.size > 0) {
                current = new PhysicianIndex();
                seen.current.clear();
              }
              for (const row of changed) {
                if (seen.current.get(row.id) === row.updatedAt) continue;
                seen.current.set(row.id, row.updatedAt);
                current.put(row);
              }
              setState((s) => ({ index: current, version: s.version + 1 }));
            },
            error: (error: unknown) => console.error('[rounds] physician index update failed', error),
          });
          unsubscribe = () => subscription.unsubscribe();
        });
    const timer = setTimeout(() => live && void start(), delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [db, delayMs]);

  return state;
}
