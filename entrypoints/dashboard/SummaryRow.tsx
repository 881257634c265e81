import type { DashboardDetails } from '../../features/dashboard/dashboard';
import type { MonthComparison } from '../../features/dashboard/summary';

const count = new Intl.NumberFormat();

function Tile(props: { label: string; value: number | null; detail?: string; alert?: boolean }) {
  return (
    <li class={props.alert ? 'tile alert' : 'tile'}>
      <span class="tile-label">{props.label}</span>
      <strong class="tile-value">{props.value === null ? '…' : count.format(props.value)}</strong>
      {props.detail && <span class="tile-detail">{props.detail}</span>}
    </li>
  );
}

/** The dashboard's first lines: this month against last, new and declining referrers, open concerns, follow-ups due. */
export function SummaryRow(props: {
  month: MonthComparison;
  details: DashboardDetails | null;
  followUpsDue: number | null;
}) {
  const { month, details: d } = props;
  const change = month.thisMonth - month.lastMonthToDate;
  const trend = change === 0 ? 'same as' : change > 0 ? `${change} more than` : `${-change} fewer than`;
  return (
    <section aria-labelledby="summary-heading" class="summary">
      <h2 id="summary-heading" class="visually-hidden">
        Summary
      </h2>
      <ul class="tiles plain">
        <Tile
          label="Referrals this month"
          value={month.thisMonth}
          detail={`${trend} last month to date · ${count.format(month.lastMonth)} last month`}
        />
        <Tile label="New referrers" value={d ? d.newReferrers.length : null} />
        <Tile
          label="Declining referrers"
          value={d ? d.declining.length : null}
          alert={(d?.declining.length ?? 0) > 0}
        />
        <Tile
          label="Open concerns"
          value={d ? d.concerns.total.open : null}
          alert={(d?.concerns.total.open ?? 0) > 0}
        />
        <Tile label="Follow-ups due" value={props.followUpsDue} alert={(props.followUpsDue ?? 0) > 0} />
      </ul>
    </section>
  );
}
