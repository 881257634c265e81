import { useState } from 'preact/hooks';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { LogOutreachResponse } from '../../messaging/outreach-log';

export interface Logged {
  result: LogOutreachResponse;
  names: string[];
}

/** The live `role="status"` line after a save ("Logged outreach with …") with an Undo (soft delete). */
export function LoggedStatus(props: { logged: Logged | null; problem: string }) {
  const [undone, setUndone] = useState<string>('');
  const { logged } = props;
  const undo = async () => {
    if (!logged) return;
    const { outreachId, createdPhysicianIds } = logged.result;
    await send('outreach.undo', { outreachId, createdPhysicianIds });
    setUndone(outreachId);
  };
  const isUndone = logged && undone === logged.result.outreachId;
  return (
    <>
      <div role="status" class="logged">
        {logged &&
          (isUndone ? (
            t('popup.undoneTheOutreachWasRemoved')
          ) : (
            <>
              {t(logged.result.followUpId ? 'popup.loggedWithFollowUp' : 'popup.loggedOutreachWith', {
                names: logged.names.join(', '),
              })}{' '}
              <button type="button" onClick={() => void undo()}>
                {t('popup.undo')}
              </button>
            </>
          ))}
      </div>
      {props.problem && <p role="alert">{props.problem}</p>}
    </>
  );
}
