import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Like components/use-live-query, but subscribes right after the commit (layout effect) rather than after the
 * next paint: the sidebar's first list query starts about a frame sooner when the sidebar opens.
 */
export function useEarlyLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[rounds] live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
