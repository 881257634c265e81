import { useEffect, useMemo } from 'preact/hooks';
import { computeFirstView, type DashboardParams } from '../../features/dashboard/dashboard';
import { applyDashboardFilters, type DashboardFilters } from '../../features/dashboard/filters';
import type { DashboardCore, DashboardData } from '../../features/dashboard/prepare';
import { referralsThisAndLastMonth } from '../../features/dashboard/summary';
import { t } from '../../locales/i18n';
import { ConcernsSection, CoverageSection, FunnelSection } from './ActivitySections';
import { FilterBar } from './FilterBar';
import { Pending } from './Pending';
import { ReferrersSection } from './ReferrersSection';
import { SummaryRow } from './SummaryRow';
import { useDetails } from './use-details';
import { VolumeSection } from './VolumeSection';

interface DashboardReportProps {
  core: DashboardCore;
  /** Null until the deferred part of preparing is done; the first view needs only `core`. */
  data: DashboardData | null;
  params: DashboardParams;
  filters: DashboardFilters;
  onFiltersChange: (filters: DashboardFilters) => void;
  /** Open follow-ups due today or overdue, for the summary (null while counting). */
  followUpsDue?: number | null;
  /** Called once the details for the current inputs are rendered (bench): compute ms, then render ms. */
  onDetails?: (computeMs: number, renderMs: number) => void;
}

/**
 * The report: the first view (filters, referral volume and chart) is computed in render; every other section after
 * that view is painted (useDetails), showing "Computing…" until its numbers for these filters are ready.
 */
export function DashboardReport(props: DashboardReportProps) {
  const { core, data, params, filters, onDetails } = props;
  const { volume, ms } = useMemo(() => {
    const started = performance.now();
    const volume = computeFirstView(core, filters, params);
    return { volume, ms: performance.now() - started };
  }, [core, filters, params]);
  const month = useMemo(
    () =>
      referralsThisAndLastMonth(applyDashboardFilters(core, filters, params.timeZone), params.nowMs, params.timeZone),
    [core, filters, params],
  );
  const { current: computed, last } = useDetails(data, filters, params);
  const d = computed?.details ?? null;
  // While pending, the last details stay rendered but hidden: no numbers for other filters are shown, and the
  // update patches the tables in place instead of building them again.
  const shown = d ?? last;
  useEffect(() => {
    if (computed) onDetails?.(computed.ms, performance.now() - computed.doneAt);
  }, [computed, onDetails]);
  return (
    <div
      class="report"
      data-compute-ms={Math.round(ms)}
      data-details-ms={computed ? Math.round(computed.ms) : undefined}
      aria-busy={d ? 'false' : 'true'}
    >
      <SummaryRow month={month} details={d} followUpsDue={props.followUpsDue ?? null} />
      <FilterBar filters={filters} serviceLines={core.serviceLines} tags={core.tags} onChange={props.onFiltersChange} />
      <p class="print-only">{describeFilters(filters)}</p>
      <VolumeSection volume={volume} byPhysician={shown?.volumeByPhysician ?? null} pending={!d} />
      {!d && shown && <Pending what={t('dashboard.theOtherSections')} />}
      {shown ? (
        <div hidden={!d}>
          <ReferrersSection details={shown} />
          <FunnelSection details={shown} />
          <CoverageSection details={shown} days={params.coverageDays} />
          <ConcernsSection details={shown} />
        </div>
      ) : (
        <>
          <PendingSection id="referrers" title={t('dashboard.referrers')} />
          <PendingSection id="funnel" title={t('dashboard.referralFunnel')} />
          <PendingSection id="coverage" title={t('dashboard.coverage')} />
          <PendingSection id="concerns" title={t('dashboard.physicianConcerns')} />
        </>
      )}
    </div>
  );
}

function PendingSection(props: { id: string; title: string }) {
  return (
    <section aria-labelledby={`${props.id}-heading`} class="report-section">
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      <Pending what={props.title.toLowerCase()} />
    </section>
  );
}

/** The filters in words, for the printed report. */
export function describeFilters(f: DashboardFilters): string {
  const parts = [
    f.fromDay || f.toDay ? `${f.fromDay ?? 'start'} to ${f.toDay ?? 'today'}` : t('dashboard.allDates'),
    f.serviceLines?.length ? t('dashboard.serviceLineServicelines', { serviceLines: f.serviceLines.join(', ') }) : '',
    f.tags?.length ? t('dashboard.tagTags', { tags: f.tags.join(', ') }) : '',
    f.networkStatuses?.length
      ? t('dashboard.networkNetworkstatuses', { networkStatuses: f.networkStatuses.join(', ') })
      : '',
  ];
  return t('dashboard.filtersFilter', { filter: parts.filter(Boolean).join('; ') });
}
