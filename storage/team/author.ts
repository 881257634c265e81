import { readKey, storageKeys, watchKey } from '../extension-storage';

/**
 * Who writes in this context: the team member of this browser (signed in, or signed out and working offline:
 * their edits are still theirs), or '' when no team was ever set up.
 */
export const authorState = { name: '' };

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
