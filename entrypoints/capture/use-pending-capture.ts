import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { PendingCapture } from '../../messaging/pending-capture';

export type PendingState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; capture: PendingCapture };

/** The capture this window was opened for, fetched from the background by the id in the URL hash. */
export function usePendingCapture(hash: string): PendingState {
  const [state, setState] = useState<PendingState>({ status: 'loading' });
  useEffect(() => {
    const id = hash.replace(/^#/, '');
    if (!/^[0-9a-f-]{36}$/i.test(id)) {
      setState({ status: 'missing' });
      return;
    }
    send('capture.pending', { id }).then(
      (capture) => setState(capture ? { status: 'ready', capture } : { status: 'missing' }),
      (error: unknown) =>
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [hash]);
  return state;
}
