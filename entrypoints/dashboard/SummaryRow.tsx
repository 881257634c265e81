import type { DashboardDetails } from '../../features/dashboard/dashboard';
import type { MonthComparison } from '../../features/dashboard/summary';
import { t, tn, uiLocale } from '../../locales/i18n';

const count = new Intl.NumberFormat(uiLocale());

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
  const last = month.lastMonth;
  const trend =
    change === 0
      ? t('dashboard.trendSame', { last })
      : change > 0
        ? tn('dashboard.trendMore', change, { last })
        : tn('dashboard.trendFewer', -change, { last });
  return (
    <section aria-labelledby="summary-heading" class="summary">
      <h2 id="summary-heading" class="visually-hidden">
        {t('dashboard.summary')}
      </h2>
      <ul class="tiles plain">
        <Tile label={t('dashboard.referralsThisMonth')} value={month.thisMonth} detail={trend} />
        <Tile label={t('dashboard.newReferrers')} value={d ? d.newReferrers.length : null} />
        <Tile
          label={t('dashboard.decliningReferrers')}
          value={d ? d.declining.length : null}
          alert={(d?.declining.length ?? 0) > 0}
        />
        <Tile
          label={t('dashboard.openConcerns')}
          value={d ? d.concerns.total.open : null}
          alert={(d?.concerns.total.open ?? 0) > 0}
        />
        <Tile label={t('dashboard.followUpsDue')} value={props.followUpsDue} alert={(props.followUpsDue ?? 0) > 0} />
      </ul>
    </section>
  );
}
