import { OutreachForm } from '../../components/outreach/OutreachForm';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';

/**
 * `Done` on a stop: the quick-log's fields, prefilled (this physician, a visit, now), saved the one way outreach is
 * saved (`outreach.log`, in the background, with its follow-up); the stop is then marked done with the outreach.
 */
export function StopLog(props: {
  db: RoundsDatabase;
  physicianId: string;
  name: string;
  onLogged: (outreachId: string, message: string) => void;
  onCancel: () => void;
}) {
  return (
    <OutreachForm
      db={props.db}
      physicianIds={[props.physicianId]}
      title={t('plan.logOutreachWithName', { name: props.name })}
      activity="visit"
      submitLabel={t('plan.logOutreach')}
      onSaved={(message, result) => props.onLogged(result.outreachId, `${props.name}: ${message}`)}
      onCancel={props.onCancel}
    />
  );
}
