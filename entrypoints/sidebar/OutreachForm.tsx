import { useState } from 'preact/hooks';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { todayLocal } from '../../features/directory/format-dates';
import { activityLabels } from '../../features/directory/labels';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { activityTypes } from '../../storage/schemas';
import { ValidationError } from '../../storage/validation';

type ActivityType = (typeof activityTypes)[number];
const typeOptions = activityTypes.map((t) => [t, activityLabels[t]] as const);

interface OutreachFormProps {
  db: RoundsDatabase;
  physicianId: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Local noon of a YYYY-MM-DD day as an instant (a day picked in the user's zone stays that day). */
const dayToInstant = (day: string) => new Date(`${day}T12:00:00`).toISOString();

/** The inline `Log outreach` form: type, date and notes, stored through the outreach repository. */
export function OutreachForm(props: OutreachFormProps) {
  const [type, setType] = useState<ActivityType>('visit');
  const [date, setDate] = useState(todayLocal());
  const [notes, setNotes] = useState('');
  const [error, setError] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError('Pick the date of the outreach.');
      return;
    }
    try {
      await repositories(props.db).outreach.create({
        physicianIds: [props.physicianId],
        type,
        at: dayToInstant(date),
        sensitive: { notes, outcome: '', concernText: '', followUpText: '' },
      });
      props.onSaved(`Logged ${activityLabels[type].toLowerCase()}.`);
    } catch (failure) {
      setError(failure instanceof ValidationError ? failure.issues.join('; ') : String(failure));
    }
  };

  return (
    <form onSubmit={save} class="card" noValidate>
      <h3>Log outreach</h3>
      <SelectField label="Type" value={type} options={typeOptions} onChange={setType} />
      <Field label="Date" type="date" value={date} onInput={setDate} error={error || undefined} />
      <Field label="Outreach notes" multiline value={notes} onInput={setNotes} />
      <div class="row">
        <button type="submit" class="primary">
          Save outreach
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
