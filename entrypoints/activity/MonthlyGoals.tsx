import { useLiveQuery } from '../../components/use-live-query';
import { goalLabels, goalMeanings } from '../../features/goals/goal-labels';
import { type GoalKey, loadMonthCounts, monthRange } from '../../features/goals/monthly-progress';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/settings-store';

/** This month's progress towards the goals set in the options page (goals left empty are not shown). */
export function MonthlyGoals(props: { db: RoundsDatabase }) {
  const data = useLiveQuery(
    async () => ({ goals: (await loadSettings(props.db)).monthlyGoals, counts: await loadMonthCounts(props.db) }),
    [props.db],
    null,
  );
  if (!data) return null;
  const keys = (Object.keys(goalLabels) as GoalKey[]).filter((k) => data.goals[k] !== null);
  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('activity.monthlyGoalsLabel', { label: monthRange(new Date()).label })}</h2>
      {keys.length === 0 ? (
        <p class="muted">{t('activity.noGoalsSetTheOptions')}</p>
      ) : (
        <ul class="plain goals">
          {keys.map((k) => {
            const goal = data.goals[k] ?? 0;
            const done = data.counts[k];
            return (
              <li key={k} title={goalMeanings[k]}>
                <label>
                  {t('activity.goalProgress', { goal: goalLabels[k], done, target: goal })}
                  <progress max={Math.max(goal, 1)} value={Math.min(done, Math.max(goal, 1))} />
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
