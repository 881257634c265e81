import type { BackupBrowser, DownloadDelta } from '../features/backup/backup-log';

/**
 * A fake of the storage and downloads APIs backups use. Each download stays in progress until the test ends it
 * (`finish`), or ends itself with `autoFinish`; `events` records the order of what happened.
 */
export function fakeDownloads(finishWith?: 'complete' | 'interrupted') {
  let autoFinish = finishWith;
  const store: Record<string, unknown> = {};
  const files = new Map<number, { filename: string; url: string; state: string }>();
  const listeners = new Set<(delta: DownloadDelta) => void>();
  const events: string[] = [];
  let next = 1;
  const finish = (id: number, state: 'complete' | 'interrupted') => {
    const file = files.get(id);
    if (!file) return;
    file.state = state;
    events.push(`${state} ${id}`);
    if (state === 'interrupted') files.delete(id);
    for (const l of [...listeners])
      l({ id, state: { current: state }, ...(state === 'interrupted' ? { error: { current: 'FILE_FAILED' } } : {}) });
  };
  const api: BackupBrowser = {
    storage: { get: async (key) => ({ [key]: store[key] }), set: async (items) => void Object.assign(store, items) },
    downloads: {
      download: async ({ filename, url }) => {
        const id = next++;
        files.set(id, { filename, url, state: 'in_progress' });
        events.push(`download ${id}`);
        const ending = autoFinish;
        if (ending) setTimeout(() => finish(id, ending), 5);
        return id;
      },
      removeFile: async (id) => {
        events.push(`remove ${id}`);
        files.delete(id);
      },
      erase: async () => [],
      search: async ({ id }) => {
        const file = files.get(id);
        return file ? [{ id, state: file.state }] : [];
      },
      onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    },
  };
  /** How downloads started from now on end by themselves (undefined: when the test says). */
  const endWith = (state: 'complete' | 'interrupted' | undefined) => {
    autoFinish = state;
  };
  return { api, files, events, store, finish, endWith };
}
