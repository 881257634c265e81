import { useMemo } from 'preact/hooks';
import type { DashboardDetails } from '../../features/dashboard/dashboard';
import { decliningCsvRows } from '../../features/dashboard/declining-referrers';
import { referrersCsvRows } from '../../features/dashboard/referrers';
import { t } from '../../locales/i18n';
import { DataTable } from './DataTable';
import { sliced } from './slice';

/** Declining referrers (with the outreach done with each), then top and new referrers. */
export function ReferrersSection(props: { details: DashboardDetails }) {
  const d = props.details;
  // Declining referrers do not depend on the date range and are cached: the same list keeps the same element,
  // which Preact does not diff again.
  const declining = useMemo(
    () => (
      <DataTable
        caption={t('dashboard.decliningReferrersLength', { length: d.declining.length })}
        name="declining-referrers"
        rows={sliced(d.declining, decliningCsvRows)}
        total={d.declining.length}
        empty={t('dashboard.noReferrerIsDeclining')}
      />
    ),
    [d.declining],
  );
  return (
    <section aria-labelledby="referrers-heading" class="report-section">
      <h2 id="referrers-heading">{t('dashboard.referrers')}</h2>
      <p class="muted">{t('dashboard.declining30FewerReferralsIn')}</p>
      {declining}
      <DataTable
        caption={t('dashboard.topReferrers')}
        name="top-referrers"
        rows={sliced(d.topReferrers, referrersCsvRows)}
        total={d.topReferrers.length}
      />
      <DataTable
        caption={t('dashboard.newReferrersLength', { length: d.newReferrers.length })}
        name="new-referrers"
        rows={sliced(d.newReferrers, referrersCsvRows)}
        total={d.newReferrers.length}
        empty={t('dashboard.noNewReferrersInThis')}
      />
    </section>
  );
}
