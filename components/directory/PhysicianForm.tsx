import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  type DraftErrors,
  draftToInput,
  emptyDraft,
  type PhysicianDraft,
} from '../../features/directory/physician-form-state';
import type { PhysicianInput } from '../../storage/schemas';
import { Field } from '../Field';
import { describeWriteError } from '../write-error';

interface PhysicianFormProps {
  heading: string;
  initial?: Partial<PhysicianDraft>;
  extra?: Partial<PhysicianInput>;
  /** Stores the input; answering 'keep' leaves the typed values in place (e.g. while a duplicate warning shows). */
  onSave: (input: PhysicianInput) => Promise<unknown>;
  onCancel?: () => void;
  /** Extra controls above the fields (swap, registry look-up) that may read and change the draft. */
  tools?: (form: PhysicianFormTools) => ComponentChildren;
}

/** What `tools` get: the current draft and a way to change some of its fields. */
export interface PhysicianFormTools {
  draft: PhysicianDraft;
  update: (patch: Partial<PhysicianDraft>) => void;
}

const labels: [keyof PhysicianDraft, string, string?][] = [
  ['first', 'First name'],
  ['last', 'Last name'],
  ['credentials', 'Credentials', 'Comma separated: MD, FACC'],
  ['npi', 'NPI', '10 digits; checked as you save'],
  ['specialty', 'Specialty'],
  ['practiceName', 'Practice'],
  ['phone', 'Phone'],
  ['fax', 'Fax'],
];

/** Add or edit a physician; validation names each wrong field (NPI check digit, required last name). */
export function PhysicianForm(props: PhysicianFormProps) {
  const [draft, setDraft] = useState<PhysicianDraft>({ ...emptyDraft, ...props.initial });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = draftToInput(draft, props.extra);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if ((await props.onSave(result.input)) !== 'keep') setDraft({ ...emptyDraft });
      setFailure('');
    } catch (error) {
      setFailure(describeWriteError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={props.heading} noValidate>
      <h2>{props.heading}</h2>
      {props.tools?.({ draft, update: (patch) => setDraft((d) => ({ ...d, ...patch })) })}
      <div class="grid2">
        {labels.map(([key, label, hint]) => (
          <Field
            key={key}
            label={label}
            value={draft[key]}
            error={errors[key]}
            {...(hint ? { hint } : {})}
            autoFocus={key === 'first'}
            onInput={(value) => setDraft((d) => ({ ...d, [key]: value }))}
          />
        ))}
      </div>
      {failure && <p role="alert">{failure}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          Save physician
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
