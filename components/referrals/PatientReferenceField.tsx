import { useId } from 'preact/hooks';
import { checkPatientReference, whyMinimalReference } from '../../features/referrals/patient-reference-guard';
import { t } from '../../locales/i18n';

/** `Patient reference`: asks for initials or a number, and warns as you type when it looks like a name, DOB or SSN. */
export function PatientReferenceField(props: { value: string; onInput: (value: string) => void }) {
  const id = useId();
  const warnings = checkPatientReference(props.value);
  return (
    <div class="field">
      <label for={id}>{t('referrals.patientReference')}</label>
      <input
        id={id}
        value={props.value}
        autoComplete="off"
        spellcheck={false}
        aria-invalid={warnings.length ? true : undefined}
        aria-describedby={`${id}-hint ${id}-warnings`}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <span class="hint" id={`${id}-hint`}>
        {t('referrals.initialsJDOrA')}
      </span>
      <div id={`${id}-warnings`} aria-live="polite">
        {warnings.map((w) => (
          <p key={`${w.kind}-${w.start}`} class="warning">
            {w.message}
          </p>
        ))}
      </div>
      <details class="why">
        <summary>{t('referrals.whySoLittle')}</summary>
        <p>{whyMinimalReference}</p>
      </details>
    </div>
  );
}
