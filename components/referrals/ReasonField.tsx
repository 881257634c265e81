import { useId } from 'preact/hooks';
import { cancellationReasons } from '../../features/referrals/status-pipeline';
import { t } from '../../locales/i18n';

/** `Reason`: free text with the usual cancellation/lost reasons offered as suggestions. */
export function ReasonField(props: { value: string; onInput: (value: string) => void; hint: string }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t('referrals.reason')}</label>
      <input
        id={id}
        list={`${id}-reasons`}
        value={props.value}
        aria-describedby={`${id}-hint`}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <datalist id={`${id}-reasons`}>
        {cancellationReasons.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <span class="hint" id={`${id}-hint`}>
        {props.hint}
      </span>
    </div>
  );
}
