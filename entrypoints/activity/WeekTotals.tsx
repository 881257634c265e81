import { useLiveQuery } from '../../components/use-live-query';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { ActivityFilter } from './filters';
import { weekTotals } from './week-totals';

/** Outreach per week for the current filters, with a bar for a quick read. */
export function WeekTotals(props: { db: RoundsDatabase; filter: ActivityFilter }) {
  const weeks = useLiveQuery(() => weekTotals(props.db, props.filter), [props.db, props.filter], []);
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const total = weeks.reduce((n, w) => n + w.count, 0);
  return (
    <section aria-labelledby="weeks-heading">
      <h2 id="weeks-heading">{t('activity.perWeekTotalInAll', { total })}</h2>
      <table class="week-totals">
        <thead>
          <tr>
            <th scope="col">{t('activity.weekOf')}</th>
            <th scope="col">{t('activity.outreach')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <td>{w.week}</td>
              <td>
                <span class="bar" style={{ width: `${(w.count / max) * 100}%` }} /> {w.count}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
