import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../components/Field';
import { useLiveQuery } from '../../components/use-live-query';
import { describeWriteError } from '../../components/write-error';
import { dollars } from '../../features/compliance/ledger';
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
      setMessage('The annual limit is not an amount.');
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
      setMessage('Competitors and limit saved.');
    } catch (error) {
      setMessage(describeWriteError(error));
    }
  };
  return (
    <section aria-labelledby="relationship-settings">
      <h2 id="relationship-settings">Competitors and compliance</h2>
      <form onSubmit={save} noValidate>
        <Field
          label="Competitors"
          multiline
          value={draft.competitors}
          hint="One per line: offered as Lost to when a referral is lost"
          onInput={(competitors) => setDraft({ ...draft, competitors })}
        />
        <Field
          label="Annual gift and meal limit ($)"
          type="number"
          value={draft.limit}
          hint="Per physician per calendar year (CMS publishes the non-monetary compensation limit each year); the dashboard flags physicians at 80 % and over"
          onInput={(limit) => setDraft({ ...draft, limit })}
        />
        <button type="submit">Save competitors and limit</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}
