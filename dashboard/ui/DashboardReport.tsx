import { useMemo } from 'preact/hooks';
import { computeDashboard, type DashboardParams } from '../analytics/dashboard';
import type { DashboardFilters } from '../analytics/filters';
import type { DashboardData } from '../analytics/prepare';
import { ConcernsSection, CoverageSection, FunnelSection } from './ActivitySections';
import { FilterBar } from './FilterBar';
import { ReferrersSection } from './ReferrersSection';
import { VolumeSection } from './VolumeSection';

interface DashboardReportProps {
  data: DashboardData;
  params: DashboardParams;
  filters: DashboardFilters;
  onFiltersChange: (filters: DashboardFilters) => void;
}

/** The report for prepared data: a filter change recomputes the aggregates (computeDashboard) and nothing else. */
export function DashboardReport(props: DashboardReportProps) {
  const { data, params, filters } = props;
  const { dashboard, ms } = useMemo(() => {
    const started = performance.now();
    const dashboard = computeDashboard(data, filters, params);
    return { dashboard, ms: performance.now() - started };
  }, [data, filters, params]);
  return (
    <div class="report" data-compute-ms={Math.round(ms)}>
      <FilterBar filters={filters} serviceLines={data.serviceLines} tags={data.tags} onChange={props.onFiltersChange} />
      <p class="print-only">{describeFilters(filters)}</p>
      <VolumeSection volume={dashboard.volume} />
      <ReferrersSection dashboard={dashboard} />
      <FunnelSection dashboard={dashboard} />
      <CoverageSection dashboard={dashboard} days={params.coverageDays} />
      <ConcernsSection dashboard={dashboard} />
    </div>
  );
}

/** The filters in words, for the printed report. */
export function describeFilters(f: DashboardFilters): string {
  const parts = [
    f.fromDay || f.toDay ? `${f.fromDay ?? 'start'} to ${f.toDay ?? 'today'}` : 'All dates',
    f.serviceLines?.length ? `service line ${f.serviceLines.join(', ')}` : '',
    f.tags?.length ? `tag ${f.tags.join(', ')}` : '',
    f.networkStatuses?.length ? `network ${f.networkStatuses.join(', ')}` : '',
  ];
  return `Filters: ${parts.filter(Boolean).join('; ')}.`;
}
