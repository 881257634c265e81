import { concernsCsvRows, type PhysicianConcerns, physicianConcerns } from './concerns';
import { type CoverageGroup, coverageByTag, coverageCsvRows, coverageSummaryCsvRows } from './coverage';
import type { CsvRows } from './csv-rows';
import {
  type DeclineRules,
  type DecliningReferrer,
  decliningCsvRows,
  decliningReferrers,
  defaultDeclineRules,
} from './declining-referrers';
import { applyDashboardFilters, type DashboardFilters, type DashboardView } from './filters';
import type { DashboardCore, DashboardData } from './prepare';
import { funnelCsvRows, type ReferralFunnel, referralFunnel } from './referral-funnel';
import {
  type MonthlyVolume,
  monthlyVolume,
  physicianVolume,
  type ReferralVolume,
  type VolumeRow,
  volumeByPhysicianCsvRows,
  volumeByPracticeCsvRows,
} from './referral-volume';
import { newReferrers, type ReferrerRow, referrersCsvRows, topReferrers } from './referrers';
import { cachedSection } from './section-cache';

/** Everything the rules depend on besides the rows and the filters. */
export interface DashboardParams {
  /** "Today" for the decline, coverage and concern-age rules. */
  nowMs: number;
  /** IANA zone for month buckets and the filter's days. */
  timeZone: string;
  topReferrerCount: number;
  /** Window for new referrers when no date range is set. */
  newReferrerDays: number;
  coverageDays: number;
  decline: DeclineRules;
}

export const defaultDashboardParams = (nowMs: number, timeZone: string): DashboardParams => ({
  nowMs,
  timeZone,
  topReferrerCount: 20,
  newReferrerDays: 90,
  coverageDays: 60,
  decline: defaultDeclineRules,
});

/** Every section but the referral volume: they need outreach and histories, so the page computes them second. */
export interface DashboardDetails {
  /** ReferralVolume.byPhysician (its ties need every physician's name order, so it waits too). */
  volumeByPhysician: VolumeRow[];
  topReferrers: ReferrerRow[];
  newReferrers: ReferrerRow[];
  declining: DecliningReferrer[];
  coverage: CoverageGroup[];
  funnel: ReferralFunnel[];
  concerns: PhysicianConcerns;
}

export interface Dashboard extends Omit<DashboardDetails, 'volumeByPhysician'> {
  volume: ReferralVolume;
}

/** Every dashboard aggregate for one set of filters. */
export function computeDashboard(data: DashboardData, filters: DashboardFilters, params: DashboardParams): Dashboard {
  const view = applyDashboardFilters(data, filters, params.timeZone);
  const { volumeByPhysician, ...details } = detailsOf(view, filters, params);
  return { volume: { ...monthlyVolume(view), byPhysician: volumeByPhysician }, ...details };
}

/** The first view (referrals per month and per practice): needs only the core of the prepared data. */
export function computeFirstView(
  data: DashboardCore,
  filters: DashboardFilters,
  params: DashboardParams,
): MonthlyVolume {
  return monthlyVolume(applyDashboardFilters(data, filters, params.timeZone));
}

/** Every section but the volume, for the same filters. */
export function computeDetails(
  data: DashboardData,
  filters: DashboardFilters,
  params: DashboardParams,
): DashboardDetails {
  return detailsOf(applyDashboardFilters(data, filters, params.timeZone), filters, params);
}

const listKey = (list: readonly string[] | undefined) => JSON.stringify(list && list.length > 0 ? list : null);

function detailsOf(view: DashboardView, filters: DashboardFilters, params: DashboardParams): DashboardDetails {
  // What each section depends on besides the prepared data: the key of its cached result.
  const physicianKey = `${listKey(filters.tags)} ${listKey(filters.networkStatuses)}`;
  const coverageKey = `coverage ${physicianKey} ${params.nowMs} ${params.coverageDays}`;
  const declineKey = `declining ${physicianKey} ${listKey(filters.serviceLines)} ${params.nowMs} ${JSON.stringify(params.decline)}`;
  return {
    volumeByPhysician: physicianVolume(view),
    topReferrers: topReferrers(view, params.topReferrerCount),
    newReferrers: newReferrers(view, params.nowMs, params.newReferrerDays),
    declining: cachedSection(view.data, declineKey, () => decliningReferrers(view, params.nowMs, params.decline)),
    coverage: cachedSection(view.data, coverageKey, () => coverageByTag(view, params.nowMs, params.coverageDays)),
    funnel: referralFunnel(view),
    concerns: physicianConcerns(view, params.nowMs),
  };
}

/** Every table of the dashboard as CSV rows, keyed by a file-name-safe name. */
export function dashboardCsvTables(dashboard: Dashboard): Record<string, CsvRows> {
  return {
    'referrals-by-physician-month': volumeByPhysicianCsvRows(dashboard.volume),
    'referrals-by-practice-month': volumeByPracticeCsvRows(dashboard.volume),
    'top-referrers': referrersCsvRows(dashboard.topReferrers),
    'new-referrers': referrersCsvRows(dashboard.newReferrers),
    'declining-referrers': decliningCsvRows(dashboard.declining),
    'coverage-by-tag': coverageSummaryCsvRows(dashboard.coverage),
    'physicians-without-outreach': coverageCsvRows(dashboard.coverage),
    'referral-funnel': funnelCsvRows(dashboard.funnel),
    'physician-concerns': concernsCsvRows(dashboard.concerns),
  };
}
