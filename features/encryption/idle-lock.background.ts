import { browser } from 'wxt/browser';
import { cipherState } from '../../storage/crypto/cipher-state';
import { getDatabase } from '../../storage/database';
import { readKey, storageKeys, writeKey } from '../../storage/extension-storage';
import { loadSettings } from '../../storage/settings-store';
import { readEncryptionRecord, runCipherJob } from './cipher-job';
import { lock } from './encryption-control';

const idleAlarm = 'rounds.encryption.idle';

/** Locks when patient information has not been used for settings.lockAfterMinutes. */
export async function lockIfIdle(now = Date.now()): Promise<boolean> {
  if (cipherState.mode === 'off' || !cipherState.ring) return false;
  const { lockAfterMinutes } = await loadSettings(await getDatabase());
  const last = Number((await readKey(storageKeys.lastUse)) ?? 0);
  if (now - last < lockAfterMinutes * 60_000) return false;
  await lock();
  return true;
}

const report = (error: unknown) => console.error('[rounds] encryption', error);

/**
 * The idle lock (an alarm each minute: it survives the worker's sleep) and, after a restart of the worker with the
 * keys still in storage.session, the rest of an interrupted turn-on/off job. Browser close drops storage.session.
 */
export function startIdleLock(): void {
  void browser.alarms.create(idleAlarm, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === idleAlarm) void lockIfIdle().catch(report);
  });
  void (async () => {
    const db = await getDatabase();
    // After a browser restart storage.session is empty: the flag other contexts follow must say locked too.
    if (!cipherState.ring && cipherState.mode !== 'off') await writeKey(storageKeys.lockState, { unlocked: false });
    if ((await readEncryptionRecord())?.job && cipherState.ring) await runCipherJob(db);
  })().catch(report);
}
