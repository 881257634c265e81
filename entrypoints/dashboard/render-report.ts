import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import type { DashboardParams } from '../../features/dashboard/dashboard';
import type { DashboardFilters } from '../../features/dashboard/filters';
import type { DashboardCore, DashboardData } from '../../features/dashboard/prepare';
import { DashboardReport } from './DashboardReport';

/** A report rendered into a container in the page, driven step by step (bench). */
export interface ReportHarness {
  /** Renders with these inputs, effects flushed; resolves when the first view is laid out (layout forced). */
  show: (data: DashboardData | null, filters: DashboardFilters) => void;
  /** Resolves when the details for the current inputs are rendered: [compute ms, render ms]. */
  details: () => Promise<[number, number]>;
  unmount: () => void;
}

/** Mounts the report for prepared data in a container attached to the document (so layout is real). */
export function mountDashboardReport(core: DashboardCore, params: DashboardParams): ReportHarness {
  const container = document.createElement('div');
  document.body.append(container);
  let resolveDetails: ((ms: [number, number]) => void) | null = null;
  let detailsMs: [number, number] | null = null;
  const onDetails = (computeMs: number, renderMs: number) => {
    void container.offsetHeight; // layout, so the time to "on screen" includes it
    detailsMs = [computeMs, renderMs];
    resolveDetails?.(detailsMs);
  };
  return {
    show(data, filters) {
      detailsMs = null;
      act(() => {
        render(h(DashboardReport, { core, data, params, filters, onFiltersChange: () => {}, onDetails }), container);
      });
      void container.offsetHeight;
    },
    details: () =>
      detailsMs !== null
        ? Promise.resolve(detailsMs)
        : new Promise<[number, number]>((resolve) => {
            resolveDetails = resolve;
          }),
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}
