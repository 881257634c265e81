import { DatabaseGate } from '../../components/DatabaseGate';
import { describeSource } from '../../features/capture/capture-draft';
import { t } from '../../locales/i18n';
import { NoteCapture } from './NoteCapture';
import { PhysicianCapture } from './PhysicianCapture';
import { usePendingCapture } from './use-pending-capture';

/** The small Rounds window a capture opens outside portals: the physician form or the note form. */
export function CaptureApp() {
  const state = usePendingCapture(location.hash);
  return (
    <main>
      <h1>{t('capture.rounds')}</h1>
      {state.status === 'loading' && <p class="muted">{t('capture.openingTheCapture')}</p>}
      {state.status === 'missing' && <p role="alert">{t('capture.thisCaptureIsNoLonger')}</p>}
      {state.status === 'error' && (
        <p role="alert">{t('capture.roundsCouldNotOpenThis', { message: state.message })}</p>
      )}
      {state.status === 'ready' && (
        <>
          <p class="muted">{t('capture.fromSource', { source: describeSource(state.capture) })}</p>
          <DatabaseGate>
            {(db) =>
              state.capture.kind === 'note' ? (
                <NoteCapture db={db} capture={state.capture} />
              ) : (
                <PhysicianCapture db={db} capture={state.capture} />
              )
            }
          </DatabaseGate>
        </>
      )}
    </main>
  );
}
