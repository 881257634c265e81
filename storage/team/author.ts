import { readKey, storageKeys, watchKey } from '../extension-storage';
import { authorState } from './author-state';

export { authorState };

const nameOf = (value: unknown): string => {
  const v = value as { username?: unknown } | undefined;
  return v && typeof v.username === 'string' ? v.username : '';
};

let loading: Promise<void> | undefined;

/** Loads the author from the team settings and follows their changes (sign in, sign out) from any context. */
export function loadAuthor(): Promise<void> {
  loading ??= (async () => {
    watchKey(storageKeys.team, (value) => {
      authorState.name = nameOf(value);
    });
    authorState.name = nameOf(await readKey(storageKeys.team));
  })().catch(() => {});
  return loading;
}
