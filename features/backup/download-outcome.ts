import type { BackupBrowser, DownloadDelta, DownloadState } from './backup-log';

export interface DownloadOutcome {
  state: DownloadState;
  error?: string | undefined;
}

/**
 * Resolves when the browser reports the download complete or interrupted (downloads.onChanged, and a
 * downloads.search for one that finished before the listener was added), or `in_progress` after `timeoutMs`.
 */
export function downloadOutcome(
  downloads: BackupBrowser['downloads'],
  id: number,
  timeoutMs: number,
): Promise<DownloadOutcome> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: DownloadOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      downloads.onChanged.removeListener(listener);
      resolve(outcome);
    };
    const settled = (state: string | undefined, error: string | undefined) => {
      if (state === 'complete' || state === 'interrupted') finish({ state, error });
    };
    const listener = (delta: DownloadDelta) => {
      if (delta.id === id) settled(delta.state?.current, delta.error?.current);
    };
    downloads.onChanged.addListener(listener);
    const timer = setTimeout(() => finish({ state: 'in_progress' }), timeoutMs);
    downloads.search({ id }).then(
      ([item]) => (item ? settled(item.state, item.error) : finish({ state: 'interrupted', error: 'not found' })),
      () => undefined,
    );
  });
}
