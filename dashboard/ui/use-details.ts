import { useEffect, useState } from 'preact/hooks';
import { computeDetails, type DashboardDetails, type DashboardParams } from '../analytics/dashboard';
import type { DashboardFilters } from '../analytics/filters';
import type { DashboardData } from '../analytics/prepare';
import { afterPaint } from './after-paint';

interface Computed {
  data: DashboardData;
  filters: DashboardFilters;
  params: DashboardParams;
  details: DashboardDetails;
  ms: number;
}

/**
 * Every section but the first view, computed after the first view is painted. Returns null while the details for
 * exactly these inputs are not ready, so a section never shows numbers computed for other filters.
 */
export function useDetails(
  data: DashboardData | null,
  filters: DashboardFilters,
  params: DashboardParams,
): { details: DashboardDetails; ms: number } | null {
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (!data) return;
    return afterPaint(() => {
      const started = performance.now();
      const details = computeDetails(data, filters, params);
      setComputed({ data, filters, params, details, ms: performance.now() - started });
    });
  }, [data, filters, params]);
  const current = computed && computed.data === data && computed.filters === filters && computed.params === params;
  return current ? { details: computed.details, ms: computed.ms } : null;
}
