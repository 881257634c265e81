import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../components/Field';
import { useLiveQuery } from '../../components/use-live-query';
import { describeWriteError } from '../../components/write-error';
import { dollars } from '../../features/compliance/ledger';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { loadSettings, saveSettings } from '../../storage/settings-store';

/** Competitors a referral can be lost to, and the annual gift and meal limit per physician (compliance ledger). */
export function RelationshipSettings(props: { db: RoundsDatabase }) {
  const settings = useLiveQuery(() => loadSettings(props.db), [props.db], null);
  const [draft, setDraft] = useState<{ competitors: string; limit: string } | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (settings && !draft)
      setDraft({ competitors: settings.competitors.join('\n'), limit: dollars(settings.annualGiftLimitCents) });
  }, [settings, draft]);
  if (!draft) return null;
  const save = async (event: Event) => {
    event.preventDefault();
    const limit = Math.round(Number.parseFloat(draft.limit) * 100);
    if (!(limit >= 0)) {
      setMessage(t('options.theAnnualLimitIsNot'));
      return;
    }
    const competitors = [
      ...new Set(
        draft.competitors
          .split('\n')
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ];
    try {
      await saveSettings(props.db, { competitors, annualGiftLimitCents: limit });
      setMessage(t('options.competitorsAndLimitSaved'));
    } catch (error) {
      setMessage(describeWriteError(error));
    }
  };
  return (
    <section aria-labelledby="relationship-settings">
      <h2 id="relationship-settings">{t('options.competitorsAndCompliance')}</h2>
      <form onSubmit={save} noValidate>
        <Field
          label={t('options.competitors')}
          multiline
          value={draft.competitors}
          hint={t('options.onePerLineOfferedAs')}
          onInput={(competitors) => setDraft({ ...draft, competitors })}
        />
        <Field
          label={t('options.annualGiftAndMealLimit')}
          type="number"
          value={draft.limit}
          hint={t('options.perPhysicianPerCalendarYear')}
          onInput={(limit) => setDraft({ ...draft, limit })}
        />
        <button type="submit">{t('options.saveCompetitorsAndLimit')}</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}
