import { hasArea, readKey, storageKeys, watchKey, writeKey } from '../extension-storage';
import { applyEncryptionRecord, applyUnlocked, cipherState } from './cipher-state';

/*
 * Loading the state from extension storage, apart from the state itself: a worker (the export worker) imports the
 * database and the state but has no extension APIs, and must not load wxt/browser.
 */

let remoteRing: (() => Promise<unknown>) | undefined;

/**
 * Where a context without storage.session (Firefox's sidebar frame) gets the keys: the page asks the background
 * through the catalogue (components/page-database.ts sets it). The lock flag in storage.local says when to ask.
 */
export function setRemoteKeySource(source: () => Promise<unknown>): void {
  remoteRing = source;
}

async function followLockState(value: unknown): Promise<void> {
  const unlocked = (value as { unlocked?: unknown } | undefined)?.unlocked === true;
  if (!unlocked) applyUnlocked(undefined);
  else if (!hasArea('session') && remoteRing) applyUnlocked(await remoteRing());
}

let watching: Promise<void> | undefined;
let lastTouch = 0;

/** Loads the mode and (if unlocked) the keys from extension storage, and follows their changes from any context. */
export function loadCipherState(): Promise<void> {
  watching ??= (async () => {
    watchKey(storageKeys.encryption, applyEncryptionRecord);
    watchKey(storageKeys.unlockedKeys, applyUnlocked);
    watchKey(storageKeys.lockState, (v) => void followLockState(v).catch(() => {}));
    applyEncryptionRecord(await readKey(storageKeys.encryption));
    if (hasArea('session')) applyUnlocked(await readKey(storageKeys.unlockedKeys));
    else await followLockState(await readKey(storageKeys.lockState));
    cipherState.onUse = () => {
      const now = Date.now();
      if (now - lastTouch < 30_000) return;
      lastTouch = now;
      void writeKey(storageKeys.lastUse, now);
    };
  })().catch(() => {});
  return watching;
}
