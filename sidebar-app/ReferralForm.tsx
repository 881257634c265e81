import { useState } from 'preact/hooks';
import { Field } from '../components/Field';
import { SelectField } from '../components/SelectField';
import { displayName } from '../directory/display-name';
import { referralStatusLabels } from '../directory/labels';
import { checkPatientReference, whyMinimalReference } from '../referrals/patient-reference-guard';
import type { RoundsDatabase } from '../storage/database';
import { repositories } from '../storage/repositories';
import { type PageRef, type Physician, type ReferralStatus, referralStatuses } from '../storage/schemas';
import { ValidationError } from '../storage/validation';

interface ReferralFormProps {
  db: RoundsDatabase;
  /** The referring physician first (prefilled), then others the user may pick (e.g. those on the page). */
  physicians: readonly Physician[];
  page: PageRef;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const statusOptions = referralStatuses.map((s) => [s, referralStatusLabels[s]] as const);

/** `New referral`: referring physician prefilled, a minimal patient reference (warned if it looks identifying). */
export function ReferralForm(props: ReferralFormProps) {
  const [physicianId, setPhysicianId] = useState(props.physicians[0]?.id ?? '');
  const [patientRef, setPatientRef] = useState('');
  const [service, setService] = useState('');
  const [status, setStatus] = useState<ReferralStatus>('received');
  const [error, setError] = useState('');
  const warnings = checkPatientReference(patientRef);
  const options = props.physicians.map((p) => [p.id, displayName(p)] as const);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await repositories(props.db).referrals.create({
        physicianId,
        serviceLine: service,
        receivedAt: new Date().toISOString(),
        status,
        page: props.page,
        sensitive: { patientRef, notes: '' },
      });
      props.onSaved('Referral saved.');
    } catch (failure) {
      setError(failure instanceof ValidationError ? failure.issues.join('; ') : String(failure));
    }
  };

  return (
    <form onSubmit={save} class="card" noValidate>
      <h3>New referral</h3>
      <SelectField label="Referring physician" value={physicianId} options={options} onChange={setPhysicianId} />
      <Field
        label="Patient reference"
        value={patientRef}
        onInput={setPatientRef}
        hint={
          warnings.length
            ? `${warnings.map((w) => w.message).join(' ')} ${whyMinimalReference}`
            : 'Initials or MRN only.'
        }
      />
      <Field label="Service" value={service} onInput={setService} />
      <SelectField label="Status" value={status} options={statusOptions} onChange={setStatus} />
      {error && <p role="alert">{error}</p>}
      <div class="row">
        <button type="submit" class="primary">
          Save referral
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
