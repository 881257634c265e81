import { useEffect, useState } from 'preact/hooks';
import { computeDetails, type DashboardDetails, type DashboardParams } from '../../features/dashboard/dashboard';
import type { DashboardFilters } from '../../features/dashboard/filters';
import type { DashboardData } from '../../features/dashboard/prepare';
import { afterPaint } from './after-paint';

interface Computed {
  data: DashboardData;
  filters: DashboardFilters;
  params: DashboardParams;
  details: DashboardDetails;
  ms: number;
  /** performance.now() when the computation finished (the render follows). */
  doneAt: number;
}

/**
 * Every section but the first view, computed after the first view is painted. `current` is null while the details
 * for exactly these inputs are not ready, so a section never shows numbers computed for other filters; `last` is the
 * last result for any inputs, which the page keeps rendered but hidden so the next update patches it in place.
 */
export function useDetails(
  data: DashboardData | null,
  filters: DashboardFilters,
  params: DashboardParams,
): { current: { details: DashboardDetails; ms: number; doneAt: number } | null; last: DashboardDetails | null } {
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (!data) return;
    return afterPaint(() => {
      const started = performance.now();
      const details = computeDetails(data, filters, params);
      const doneAt = performance.now();
      setComputed({ data, filters, params, details, ms: doneAt - started, doneAt });
    });
  }, [data, filters, params]);
  const current = computed && computed.data === data && computed.filters === filters && computed.params === params;
  return {
    current: current ? { details: computed.details, ms: computed.ms, doneAt: computed.doneAt } : null,
    last: computed?.details ?? null,
  };
}
