import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { RoundsDatabase } from '../../storage/database';
import { type DashboardData, prepareDashboardData } from '../analytics/prepare';
import { loadDashboardRows } from './load-rows';

export type DashboardLoad =
  | { status: 'loading'; startedMs: number }
  | { status: 'ready'; data: DashboardData; nowMs: number; loadMs: number; reloading: boolean }
  | { status: 'error'; message: string };

/**
 * Reads and prepares the rows once, keeps the result in memory, and prepares again only when one of the tables
 * changes (liveQuery, also for changes made in other extension pages). Filter changes never come through here.
 */
export function useDashboardData(db: RoundsDatabase): DashboardLoad {
  const [load, setLoad] = useState<DashboardLoad>({ status: 'loading', startedMs: performance.now() });
  useEffect(() => {
    let started = performance.now();
    const subscription = liveQuery(() => {
      started = performance.now();
      setLoad((prev) => (prev.status === 'ready' ? { ...prev, reloading: true } : prev));
      return loadDashboardRows(db);
    }).subscribe({
      next: (rows) => {
        const data = prepareDashboardData(rows);
        setLoad({ status: 'ready', data, nowMs: Date.now(), loadMs: performance.now() - started, reloading: false });
      },
      error: (error: unknown) =>
        setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return load;
}
