import { useMemo } from 'preact/hooks';
import { concernsCsvRows } from '../../features/dashboard/concerns';
import { type CoverageGroup, coverageCsvRows, coverageSummaryCsvRows } from '../../features/dashboard/coverage';
import type { DashboardDetails } from '../../features/dashboard/dashboard';
import { funnelCsvRows } from '../../features/dashboard/referral-funnel';
import { t } from '../../locales/i18n';
import { DataTable } from './DataTable';
import { sliced } from './slice';

/** Physicians with no outreach in the coverage window, by tag (territory). */
export function CoverageSection(props: { details: DashboardDetails; days: number }) {
  // Coverage does not depend on the date range or service line and is cached: the same groups keep the same
  // element, which Preact does not diff again.
  return useMemo(
    () => <Coverage groups={props.details.coverage} days={props.days} />,
    [props.details.coverage, props.days],
  );
}

function Coverage(props: { groups: readonly CoverageGroup[]; days: number }) {
  const groups = props.groups;
  const uncovered = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <section aria-labelledby="coverage-heading" class="report-section">
      <h2 id="coverage-heading">{t('dashboard.coverage')}</h2>
      <p class="muted">{t('dashboard.physiciansPastTheirVisitCadence', { days: props.days })}</p>
      <DataTable
        caption={t('dashboard.coverageByTag')}
        name="coverage-by-tag"
        rows={sliced(groups, coverageSummaryCsvRows)}
        total={groups.length}
      />
      <DataTable
        caption={t('dashboard.physiciansWithoutOutreach')}
        name="physicians-without-outreach"
        rows={(limit) => coverageCsvRows(limit === undefined ? groups : firstRows(groups, limit))}
        total={uncovered}
      />
    </section>
  );
}

/** The groups cut to their first `limit` rows in all, so a table shows its first rows without building the rest. */
function firstRows(groups: readonly CoverageGroup[], limit: number): CoverageGroup[] {
  const out: CoverageGroup[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push({ ...g, rows: g.rows.slice(0, left) });
    left -= g.rows.length;
  }
  return out;
}

/** The referral funnel and median time in each stage, per service line. */
export function FunnelSection(props: { details: DashboardDetails }) {
  const funnels = props.details.funnel;
  return (
    <section aria-labelledby="funnel-heading" class="report-section">
      <h2 id="funnel-heading">{t('dashboard.referralFunnel')}</h2>
      <DataTable
        caption={t('dashboard.referralFunnelAndMedianDays')}
        name="referral-funnel"
        rows={() => funnelCsvRows(funnels)}
        total={funnels.length * 5}
        limit={50}
      />
    </section>
  );
}

/** Physician concerns: open and resolved, by category, practice and service line, with time open. */
export function ConcernsSection(props: { details: DashboardDetails }) {
  const c = props.details.concerns;
  const total = 1 + c.byCategory.length + c.byPractice.length + c.byServiceLine.length;
  return (
    <section aria-labelledby="concerns-heading" class="report-section">
      <h2 id="concerns-heading">{t('dashboard.physicianConcerns')}</h2>
      <p>
        {t('dashboard.openOpenResolvedResolved', {
          open: c.total.open,
          resolved: c.total.resolved,
        })}
      </p>
      <DataTable
        caption={t('dashboard.physicianConcerns')}
        name="physician-concerns"
        rows={() => concernsCsvRows(c)}
        total={total}
        limit={50}
      />
    </section>
  );
}
