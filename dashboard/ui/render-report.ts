import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import type { DashboardParams } from '../analytics/dashboard';
import type { DashboardFilters } from '../analytics/filters';
import type { DashboardCore, DashboardData } from '../analytics/prepare';
import { DashboardReport } from './DashboardReport';

/** A report rendered into a container in the page, driven step by step (bench). */
export interface ReportHarness {
  /** Renders with these inputs, effects flushed; resolves when the first view is laid out (layout forced). */
  show: (data: DashboardData | null, filters: DashboardFilters) => void;
  /** Resolves when the details for the current inputs are on screen, with the ms their computation took. */
  details: () => Promise<number>;
  unmount: () => void;
}

/** Mounts the report for prepared data in a container attached to the document (so layout is real). */
export function mountDashboardReport(core: DashboardCore, params: DashboardParams): ReportHarness {
  const container = document.createElement('div');
  document.body.append(container);
  let resolveDetails: ((ms: number) => void) | null = null;
  let detailsMs: number | null = null;
  const onDetails = (ms: number) => {
    detailsMs = ms;
    resolveDetails?.(ms);
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
        : new Promise<number>((resolve) => {
            resolveDetails = resolve;
          }),
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}
