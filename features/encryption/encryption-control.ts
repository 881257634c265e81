import { CodedError } from '../../locales/coded-error';
import { applyUnlocked, cipherState } from '../../storage/crypto/cipher-state';
import { newKeyRing, pbkdf2Iterations, ringToJson, unwrapKeyRing, wrapKeyRing } from '../../storage/crypto/key-ring';
import type { RoundsDatabase } from '../../storage/database';
import { removeKey, storageKeys, writeKey } from '../../storage/extension-storage';
import { pendingPageKey } from '../../storage/repositories/sealed-fields';
import {
  type CipherJobOptions,
  countSealable,
  readEncryptionRecord,
  runCipherJob,
  saveEncryptionRecord,
} from './cipher-job';

async function keepUnlocked(ring: Parameters<typeof ringToJson>[0]): Promise<void> {
  const value = { ring: ringToJson(ring) };
  await writeKey(storageKeys.unlockedKeys, value);
  await writeKey(storageKeys.lastUse, Date.now());
  applyUnlocked(value);
  await writeKey(storageKeys.lockState, { unlocked: true });
}

/** Turns encryption on: a new random key ring wrapped by the passphrase, then the in-place job (not awaited). */
export async function turnOn(
  db: RoundsDatabase,
  passphrase: string,
  options?: CipherJobOptions,
): Promise<{ job: Promise<void> }> {
  if (await readEncryptionRecord()) throw new CodedError('encryption.alreadyOn');
  const ring = newKeyRing();
  const keys = await wrapKeyRing(ring, passphrase, pbkdf2Iterations);
  await keepUnlocked(ring);
  const total = await countSealable(db);
  await saveEncryptionRecord({ mode: 'encrypting', keys, job: { table: 'notes', after: '', done: 0, total } });
  return { job: runCipherJob(db, options) };
}

/** Unlocks with the passphrase (throws WrongPassphrase), hashes what was written while locked, resumes a job. */
export async function unlock(db: RoundsDatabase, passphrase: string): Promise<{ job: Promise<void> }> {
  const record = await readEncryptionRecord();
  if (!record) throw new CodedError('encryption.isOff');
  await keepUnlocked(await unwrapKeyRing(record.keys, passphrase));
  await resealPending(db);
  return { job: runCipherJob(db) };
}

/** Forgets the keys in every context (they only ever were in memory and storage.session). */
export async function lock(): Promise<void> {
  await removeKey(storageKeys.unlockedKeys);
  applyUnlocked(undefined);
  await writeKey(storageKeys.lockState, { unlocked: false });
}

/** The keys for a page that has no storage.session (Firefox's sidebar frame), or null while locked. */
export function keysForPage(): { ring: ReturnType<typeof ringToJson> } | null {
  return cipherState.ring ? { ring: ringToJson(cipherState.ring) } : null;
}

/** Turning off: the passphrase, then every row opened in place; the keys are forgotten when it is done. */
export async function turnOff(db: RoundsDatabase, passphrase: string): Promise<{ job: Promise<void> }> {
  const record = await readEncryptionRecord();
  if (!record) throw new CodedError('encryption.isOff');
  await keepUnlocked(await unwrapKeyRing(record.keys, passphrase));
  const total = await countSealable(db);
  await saveEncryptionRecord({ ...record, mode: 'decrypting', job: { table: 'notes', after: '', done: 0, total } });
  return { job: runCipherJob(db) };
}

/** A new passphrase re-wraps the same key ring (new salt): no row is rewritten. */
export async function changePassphrase(current: string, next: string): Promise<void> {
  const record = await readEncryptionRecord();
  if (!record) throw new CodedError('encryption.isOff');
  const ring = await unwrapKeyRing(record.keys, current);
  await saveEncryptionRecord({ ...record, keys: await wrapKeyRing(ring, next, pbkdf2Iterations) });
}

/** Records written while locked carry a placeholder page key; with the keys back, store its keyed hash. */
export async function resealPending(db: RoundsDatabase): Promise<number> {
  if (!cipherState.ring) return 0;
  let n = 0;
  for (const name of ['notes', 'referrals'] as const) {
    const table = db.table(name);
    n += await db.transaction('rw', table, async () => {
      const rows = await table.where('pageKey').equals(pendingPageKey).toArray();
      await table.bulkPut(rows);
      return rows.length;
    });
  }
  return n;
}
