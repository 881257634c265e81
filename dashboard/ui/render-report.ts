import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import type { DashboardParams } from '../analytics/dashboard';
import type { DashboardData } from '../analytics/prepare';
import { DashboardReport } from './DashboardReport';

/** Renders the report for prepared data into a detached container, effects flushed (bench); returns unmount. */
export function renderDashboardReport(data: DashboardData, params: DashboardParams): () => void {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(h(DashboardReport, { data, params, filters: {}, onFiltersChange: () => {} }), container);
  });
  return () => {
    render(null, container);
    container.remove();
  };
}
