import { z } from 'zod';
import { CodedError } from '../../locales/coded-error';
import { fromBase64 } from './bytes';
import { type KeyRing, keyRingJson, keyStore, ringFromJson } from './key-ring';

export const encryptionModes = ['off', 'encrypting', 'on', 'decrypting'] as const;
export type EncryptionMode = (typeof encryptionModes)[number];

/** Where the turn-on / turn-off job is: the next table and the last id done there (resumable after a restart). */
export const cipherJob = z.object({
  table: z.string(),
  after: z.string(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type CipherJob = z.infer<typeof cipherJob>;

/** storage.local "rounds.encryption": absent while encryption is off. */
export const encryptionRecord = z.object({
  mode: z.enum(['encrypting', 'on', 'decrypting']),
  keys: keyStore,
  job: cipherJob.nullable().default(null),
});
export type EncryptionRecord = z.infer<typeof encryptionRecord>;

/** storage.session "rounds.unlocked": the key ring while unlocked. */
export const unlockedRecord = z.object({ ring: keyRingJson });

/** What the sealed-fields layer needs, synchronously, on every read and write in this context. */
export interface CipherState {
  mode: EncryptionMode;
  publicKey: Uint8Array | null;
  /** Null while locked. */
  ring: KeyRing | null;
  /** Called when patient information is read or written while unlocked (the idle lock's clock). */
  onUse: () => void;
}

export const cipherState: CipherState = { mode: 'off', publicKey: null, ring: null, onUse: () => {} };

export function applyEncryptionRecord(value: unknown): void {
  const parsed = encryptionRecord.safeParse(value);
  cipherState.mode = parsed.success ? parsed.data.mode : 'off';
  cipherState.publicKey = parsed.success ? fromBase64(parsed.data.keys.publicKey) : null;
}

export function applyUnlocked(value: unknown): void {
  const parsed = unlockedRecord.safeParse(value);
  cipherState.ring = parsed.success ? ringFromJson(parsed.data.ring) : null;
}

/** The state as a plain object, for a worker that cannot read extension storage (structured-cloned, memory only). */
export interface CipherSnapshot {
  mode: EncryptionMode;
  publicKey: Uint8Array | null;
  ring: KeyRing | null;
}
export const cipherSnapshot = (): CipherSnapshot => ({
  mode: cipherState.mode,
  publicKey: cipherState.publicKey,
  ring: cipherState.ring,
});
export function applyCipherSnapshot(snapshot: CipherSnapshot | undefined): void {
  if (!snapshot) return;
  cipherState.mode = snapshot.mode;
  cipherState.publicKey = snapshot.publicKey;
  cipherState.ring = snapshot.ring;
}

/** Exports refuse to run while locked: a file must never hold the `Locked` placeholders instead of the data. */
export function assertUnlocked(): void {
  if (cipherState.mode !== 'off' && !cipherState.ring) throw new CodedError('encryption.lockedExport');
}
