import { useState } from 'preact/hooks';
import { OutreachFields } from '../../components/outreach/OutreachFields';
import {
  emptyOutreachFields,
  type OutreachFields as Fields,
  toLogRequest,
} from '../../features/outreach/outreach-form';
import { send } from '../../messaging/client';

/**
 * `Done` on a stop: the quick-log's fields, prefilled (this physician, a visit, now), saved the one way outreach is
 * saved (`outreach.log`, in the background, with its follow-up); the stop is marked done with the outreach.
 */
export function StopLog(props: {
  physicianId: string;
  name: string;
  onLogged: (outreachId: string, message: string) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<Fields>(() => emptyOutreachFields('visit'));
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const built = toLogRequest(fields, { physicianIds: [props.physicianId], newPhysicians: [], practiceId: null });
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setSaving(true);
    try {
      const result = await send('outreach.log', built.request);
      props.onLogged(
        result.outreachId,
        `Logged visit with ${props.name}.${result.followUpId ? ' Follow-up set.' : ''}`,
      );
    } catch (failure) {
      setProblem(`Not saved: ${failure instanceof Error ? failure.message : String(failure)}`);
      setSaving(false);
    }
  };
  return (
    <form class="card stop-log" aria-label={`Log outreach with ${props.name}`} onSubmit={save} noValidate>
      <h3>Log outreach with {props.name}</h3>
      <OutreachFields value={fields} onChange={(p) => setFields((f) => ({ ...f, ...p }))} />
      {problem && <p role="alert">{problem}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          Log outreach
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
