import { DatabaseGate } from '../../components/DatabaseGate';
import { describeSource } from '../../features/capture/capture-draft';
import { NoteCapture } from './NoteCapture';
import { PhysicianCapture } from './PhysicianCapture';
import { usePendingCapture } from './use-pending-capture';

/** The small Rounds window a capture opens outside portals: the physician form or the note form. */
export function CaptureApp() {
  const state = usePendingCapture(location.hash);
  return (
    <main>
      <h1>Rounds</h1>
      {state.status === 'loading' && <p class="muted">Opening the capture…</p>}
      {state.status === 'missing' && (
        <p role="alert">This capture is no longer available. Select the text again and use the Rounds menu item.</p>
      )}
      {state.status === 'error' && <p role="alert">Rounds could not open this capture: {state.message}</p>}
      {state.status === 'ready' && (
        <>
          <p class="muted">From {describeSource(state.capture)}</p>
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
