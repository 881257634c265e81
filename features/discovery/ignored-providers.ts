import { readKey, storageKeys, writeKey } from '../../storage/extension-storage';

/** At most this many ignored names are kept per portal (the oldest go first). */
const maxIgnored = 2_000;

/** The providers the liaison chose `Ignore` for on one portal (folded "first last" keys). */
export async function loadIgnoredProviders(portalId: string): Promise<Set<string>> {
  const stored = await readKey(storageKeys.discoveryIgnores, portalId);
  return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
}

/** Remembers `Ignore` for a provider on a portal; answers the new set. */
export async function ignoreProvider(portalId: string, key: string): Promise<Set<string>> {
  const keys = [...(await loadIgnoredProviders(portalId))].filter((k) => k !== key);
  keys.push(key);
  await writeKey(storageKeys.discoveryIgnores, keys.slice(-maxIgnored), portalId);
  return new Set(keys);
}
