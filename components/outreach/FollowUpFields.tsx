import { useId } from 'preact/hooks';
import { localDay } from '../../features/follow-ups/local-day';
import { followUpChoices } from '../../features/outreach/outreach-form';
import { t } from '../../locales/i18n';

interface Props {
  date: string;
  text: string;
  onDate: (day: string) => void;
  onText: (text: string) => void;
}

/** `Follow-up date` with +1 week / +2 weeks / +1 month, and what to follow up on. */
export function FollowUpFields(props: Props) {
  const id = useId();
  return (
    <div class="field">
      <label for={`${id}-date`}>{t('outreach.followUpDate')}</label>
      <div class="row">
        <input
          id={`${id}-date`}
          type="date"
          value={props.date}
          onInput={(e) => props.onDate(e.currentTarget.value)}
          style={{ width: 'auto' }}
        />
        {followUpChoices.map((c) => (
          <button key={c.label} type="button" class="chip" onClick={() => props.onDate(c.day(localDay()))}>
            {c.label}
          </button>
        ))}
      </div>
      {props.date && (
        <>
          <label for={`${id}-text`}>{t('outreach.followUpTask')}</label>
          <input
            id={`${id}-text`}
            type="text"
            value={props.text}
            onInput={(e) => props.onText(e.currentTarget.value)}
          />
        </>
      )}
    </div>
  );
}
