import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Re-runs a Dexie query whenever the tables it read change, in this page or another context of the extension
 * (Dexie broadcasts changes across same-origin contexts), so edits in the popup appear in the sidebar without reload.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[rounds] live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
