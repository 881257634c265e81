import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import {
  completeDashboardData,
  type DashboardCore,
  type DashboardData,
  prepareDashboardCore,
} from '../../features/dashboard/prepare';
import type { RoundsDatabase } from '../../storage/database';
import { afterPaint } from './after-paint';
import { loadDashboardRows } from './load-rows';

export type DashboardLoad =
  | { status: 'loading'; startedMs: number }
  | {
      status: 'ready';
      core: DashboardCore;
      /** Null until the deferred part (histories, outreach) is prepared, after the first view is painted. */
      data: DashboardData | null;
      nowMs: number;
      loadMs: number;
      reloading: boolean;
    }
  | { status: 'error'; message: string };

/**
 * Reads the rows and prepares them in two steps: the core (enough for the first view), then, after that view is
 * painted, the rest. Keeps the result in memory and prepares again only when one of the tables changes (liveQuery,
 * also for changes made in other extension pages). Filter changes never come through here.
 */
export function useDashboardData(db: RoundsDatabase): DashboardLoad {
  const [load, setLoad] = useState<DashboardLoad>({ status: 'loading', startedMs: performance.now() });
  useEffect(() => {
    let started = performance.now();
    let cancelPending = () => {};
    const subscription = liveQuery(() => {
      started = performance.now();
      setLoad((prev) => (prev.status === 'ready' ? { ...prev, reloading: true } : prev));
      return loadDashboardRows(db);
    }).subscribe({
      next: (rows) => {
        cancelPending();
        const core = prepareDashboardCore(rows);
        const nowMs = Date.now();
        const loadMs = performance.now() - started;
        setLoad({ status: 'ready', core, data: null, nowMs, loadMs, reloading: false });
        cancelPending = afterPaint(() => {
          const data = completeDashboardData(core, rows);
          setLoad((prev) => (prev.status === 'ready' && prev.core === core ? { ...prev, data } : prev));
        });
      },
      error: (error: unknown) =>
        setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => {
      cancelPending();
      subscription.unsubscribe();
    };
  }, [db]);
  return load;
}
