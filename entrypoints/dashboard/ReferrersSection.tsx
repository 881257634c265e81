import { useMemo } from 'preact/hooks';
import type { DashboardDetails } from '../../features/dashboard/dashboard';
import { decliningCsvRows } from '../../features/dashboard/declining-referrers';
import { referrersCsvRows } from '../../features/dashboard/referrers';
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
        caption={`Declining referrers (${d.declining.length})`}
        name="declining-referrers"
        rows={sliced(d.declining, decliningCsvRows)}
        total={d.declining.length}
        empty="No referrer is declining."
      />
    ),
    [d.declining],
  );
  return (
    <section aria-labelledby="referrers-heading" class="report-section">
      <h2 id="referrers-heading">Referrers</h2>
      <p class="muted">
        Declining: 30% fewer referrals in the last 90 days than the 90 before, or twice the usual gap since the last
        one. Outreach counts show what was done with each.
      </p>
      {declining}
      <DataTable
        caption="Top referrers"
        name="top-referrers"
        rows={sliced(d.topReferrers, referrersCsvRows)}
        total={d.topReferrers.length}
      />
      <DataTable
        caption={`New referrers (${d.newReferrers.length})`}
        name="new-referrers"
        rows={sliced(d.newReferrers, referrersCsvRows)}
        total={d.newReferrers.length}
        empty="No new referrers in this period."
      />
    </section>
  );
}
