import { browser } from 'wxt/browser';

/**
 * Every key Rounds keeps in `browser.storage.local` or `browser.storage.session`, declared once. Records live in
 * IndexedDB; these are the few things kept beside them. Nothing else in the code touches those two areas (a
 * structure test checks), so "Delete all data" can remove every one of them (`removeDeclaredKeys`).
 */
export type StorageAreaName = 'local' | 'session';

declare const declaredHere: unique symbol;

/** A declared key: only `storageKeys` below holds them (the brand keeps other code from making one up). */
export interface DeclaredKey {
  readonly [declaredHere]: true;
  area: StorageAreaName;
  /** The key, or for per-record keys (`perId`) the prefix before the id. */
  name: string;
  perId: boolean;
  /** What it holds, for docs/ARCHITECTURE.md and for whoever reads a profile folder. */
  holds: string;
}

const declare = (area: StorageAreaName, name: string, perId: boolean, holds: string): DeclaredKey =>
  ({ area, name, perId, holds }) as DeclaredKey;

export const storageKeys = {
  noteDrafts: declare(
    'local',
    'draft.note.',
    true,
    'unsaved note text per physician and page (may hold patient information)',
  ),
  sidebarLayouts: declare('local', 'sidebarLayout:', true, 'whether the sidebar is open, and its width, per portal'),
  discoveryIgnores: declare(
    'local',
    'discoveryIgnored:',
    true,
    'provider names the liaison chose not to be offered on a portal ("Ignore"), as folded first and last names',
  ),
  queueColumns: declare(
    'local',
    'queueColumns:',
    true,
    'which referral-queue column holds the provider, status, service and row reference, as corrected per portal',
  ),
  backupLog: declare(
    'local',
    'rounds.autoBackups',
    false,
    'the automatic backups downloaded, so old ones can be removed',
  ),
  tabSessions: declare(
    'session',
    'rounds.tabSessions',
    false,
    'portal tabs with a sidebar (nonce, mount, detected ids) across a service-worker restart',
  ),
  pendingCaptures: declare('session', 'rounds-capture-', true, 'context-menu captures waiting for their Rounds window'),
  encryption: declare(
    'local',
    'rounds.encryption',
    false,
    'encryption at rest: mode, PBKDF2 salt and iterations, the key ring wrapped by the passphrase, the public key, the turn-on/off job cursor (no key in the clear)',
  ),
  unlockedKeys: declare(
    'session',
    'rounds.unlocked',
    false,
    'the unwrapped key ring while unlocked (memory only: storage.session is never written to disk; gone on lock and browser close)',
  ),
  lockState: declare(
    'local',
    'rounds.lockState',
    false,
    'whether the keys are unlocked now (a flag, no key): tells contexts without storage.session to ask the background',
  ),
  lastUse: declare(
    'session',
    'rounds.lastUse',
    false,
    'when patient information was last read or written, for the idle lock',
  ),
  team: declare(
    'local',
    'rounds.team',
    false,
    'the team server (issue 17): its address and database, the user name signed in, the patient-information mode; no password (the server keeps the session in its cookie)',
  ),
  teamStatus: declare(
    'local',
    'rounds.teamStatus',
    false,
    'team sync status: synced, syncing, offline or error with its reason; quarantined server documents (id and reason) and records in conflict (ids)',
  ),
} as const;

const declaredKeys: readonly DeclaredKey[] = Object.values(storageKeys);

/** The storage key itself: the declared name, with the id of a per-record key. */
export function keyOf(key: DeclaredKey, id = ''): string {
  if (key.perId !== (id !== '')) throw new Error(`${key.name}: ${key.perId ? 'needs' : 'takes no'} id`);
  return key.name + id;
}

/** The get/set/remove part of a storage area (the real one, or a fake in tests). */
export interface KeyValueArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A storage area, or undefined where the browser has none (storage.session before Firefox 115). */
function storageArea(name: StorageAreaName): KeyValueArea | undefined {
  const areas = browser.storage as unknown as Partial<Record<StorageAreaName, KeyValueArea>> | undefined;
  return areas?.[name];
}

const belongs = (key: DeclaredKey, name: string) => (key.perId ? name.startsWith(key.name) : name === key.name);

/**
 * The area of one declared key, for code that takes a storage area by injection (tests pass a fake): it reads,
 * writes and removes that key (or that per-id family) only, and throws on any other.
 */
export function declaredArea(key: DeclaredKey): KeyValueArea | undefined {
  const area = storageArea(key.area);
  if (!area) return undefined;
  const check = (name: string) => {
    if (!belongs(key, name)) throw new Error(`${name} is not ${key.name}: declare it in storage/extension-storage.ts`);
    return name;
  };
  return {
    get: (name) => area.get(check(name ?? '')),
    set: (items) => area.set(Object.fromEntries(Object.entries(items).map(([k, v]) => [check(k), v]))),
    remove: (names) => area.remove((Array.isArray(names) ? names : [names]).map(check)),
  };
}

/** The stored value (unparsed: its owner parses it), or undefined. */
export async function readKey(key: DeclaredKey, id?: string): Promise<unknown> {
  const name = keyOf(key, id);
  return (await storageArea(key.area)?.get(name))?.[name];
}

export async function writeKey(key: DeclaredKey, value: unknown, id?: string): Promise<void> {
  await storageArea(key.area)?.set({ [keyOf(key, id)]: value });
}

export async function removeKey(key: DeclaredKey, id?: string): Promise<void> {
  await storageArea(key.area)?.remove(keyOf(key, id));
}

/** Whether this context has the area (Firefox gives an extension frame inside a web page no storage.session). */
export function hasArea(name: StorageAreaName): boolean {
  return storageArea(name) !== undefined;
}

/** Calls back with the new value (undefined when removed) whenever another context or this one changes the key. */
export function watchKey(key: DeclaredKey, onChange: (value: unknown) => void): () => void {
  const events = (browser.storage as { onChanged?: typeof browser.storage.onChanged } | undefined)?.onChanged;
  if (!events) return () => {};
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === key.area && key.name in changes) onChange(changes[key.name]?.newValue);
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

const isDeclared = (area: StorageAreaName, name: string) =>
  declaredKeys.some((k) => k.area === area && belongs(k, name));

/** Removes every declared key from both areas (Delete all data); returns how many were removed. */
export async function removeDeclaredKeys(): Promise<number> {
  let removed = 0;
  for (const name of ['local', 'session'] as const) {
    const area = storageArea(name);
    if (!area) continue;
    const keys = Object.keys(await area.get(null)).filter((k) => isDeclared(name, k));
    if (keys.length) await area.remove(keys);
    removed += keys.length;
  }
  return removed;
}
