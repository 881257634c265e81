import { useState } from 'preact/hooks';
import { OutreachForm } from '../../components/outreach/OutreachForm';
import { t, tn } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';

/** At most this many physicians in one outreach (the outreach schema's limit). */
const most = 200;

/**
 * `Log for everyone on this page`: one outreach with every directory physician the page names (an on-call
 * schedule, a grand rounds list), hospital rounds to start with; saved through `outreach.log` like any other.
 */
export function LogForEveryone(props: { db: RoundsDatabase; physicianIds: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const ids = props.physicianIds.slice(0, most);
  if (ids.length === 0) return null;
  return (
    <div class="log-everyone">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('sidebar.logForEveryoneOnThis')}
      </button>
      {open && (
        <OutreachForm
          db={props.db}
          physicianIds={ids}
          title={tn('sidebar.logOutreachWithCount', ids.length)}
          activity="hospital-rounds"
          onSaved={(text) => {
            setOpen(false);
            setMessage(text);
          }}
          onCancel={() => setOpen(false)}
        />
      )}
      {props.physicianIds.length > most && <p class="muted">{tn('sidebar.firstNamedIncluded', most)}</p>}
      <p role="status">{message}</p>
    </div>
  );
}
