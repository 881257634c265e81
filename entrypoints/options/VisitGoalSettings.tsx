import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../components/Field';
import { useLiveQuery } from '../../components/use-live-query';
import { describeWriteError } from '../../components/write-error';
import { goalLabels } from '../../features/goals/goal-labels';
import type { GoalKey } from '../../features/goals/monthly-progress';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { MonthlyGoals } from '../../storage/schemas';
import { loadSettings, saveSettings } from '../../storage/settings-store';

type Draft = { cadence: string } & Record<GoalKey, string>;
const goalKeys = Object.keys(goalLabels) as GoalKey[];

/** The default visit cadence and the monthly goals (progress shows on the Activity page). */
export function VisitGoalSettings(props: { db: RoundsDatabase }) {
  const settings = useLiveQuery(() => loadSettings(props.db), [props.db], null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (settings && !draft) {
      const goals = Object.fromEntries(goalKeys.map((k) => [k, settings.monthlyGoals[k]?.toString() ?? '']));
      setDraft({ cadence: String(settings.defaultVisitEveryDays), ...goals } as Draft);
    }
  }, [settings, draft]);
  if (!draft) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const whole = (s: string) => (s.trim() === '' ? null : Number(s));
    const monthlyGoals = Object.fromEntries(goalKeys.map((k) => [k, whole(draft[k])])) as MonthlyGoals;
    try {
      await saveSettings(props.db, { defaultVisitEveryDays: Number(draft.cadence), monthlyGoals });
      setMessage(t('options.goalsSaved'));
    } catch (error) {
      setMessage(describeWriteError(error));
    }
  };
  return (
    <section aria-labelledby="visit-goals">
      <h2 id="visit-goals">{t('options.visitsAndMonthlyGoals')}</h2>
      <form onSubmit={save} noValidate>
        <div class="grid2">
          <Field
            label={t('options.defaultVisitCadenceDays')}
            type="number"
            value={draft.cadence}
            hint={t('options.forPhysiciansWithoutTheirOwn')}
            onInput={(cadence) => setDraft({ ...draft, cadence })}
          />
          {goalKeys.map((k) => (
            <Field
              key={k}
              label={t('options.goalPerMonth', { goal: goalLabels[k] })}
              type="number"
              value={draft[k]}
              hint={t('options.emptyNoGoal')}
              onInput={(value) => setDraft({ ...draft, [k]: value })}
            />
          ))}
        </div>
        <button type="submit">{t('options.saveGoals')}</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}
