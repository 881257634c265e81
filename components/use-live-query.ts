import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { storageKeys, watchKey } from '../storage/extension-storage';

/** Bumps when this browser locks or unlocks: sealed fields read differently then, though no row changed. */
function useLockEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    // After the sealed-fields state follows the same change (its listener was added first, when the page opened).
    const bump = () => setTimeout(() => setEpoch((e) => e + 1), 50);
    const stops = [watchKey(storageKeys.unlockedKeys, bump), watchKey(storageKeys.lockState, bump)];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  return epoch;
}

type EffectHook = typeof useEffect;

function useLive<T>(useSubscribeEffect: EffectHook, query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  const epoch = useLockEpoch();
  useSubscribeEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[rounds] live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, [...deps, epoch]);
  return value;
}

/**
 * Re-runs a Dexie query whenever the tables it read change, in this page or another context of the extension
 * (Dexie broadcasts changes across same-origin contexts), so edits in the popup appear in the sidebar without reload.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  return useLive(useEffect, query, deps, initial);
}

/**
 * The same, subscribing right after the commit (layout effect) instead of after the next paint: the sidebar's
 * first list query starts about a frame sooner when the sidebar opens.
 */
export function useEarlyLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  return useLive(useLayoutEffect, query, deps, initial);
}
