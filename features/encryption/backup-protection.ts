import { z } from 'zod';
import { CodedError } from '../../locales/coded-error';
import { fromBase64 } from '../../storage/crypto/bytes';
import { applyCipherSnapshot, assertUnlocked, cipherState } from '../../storage/crypto/cipher-state';
import { keyRingJson, keyStore, ringFromJson, ringToJson } from '../../storage/crypto/key-ring';
import { protectWithKeyRing } from '../transfer/protected-file';
import { readEncryptionRecord } from './cipher-job';

/** What the backup maker needs while encryption is on (handed to Chrome's offscreen document, memory to memory). */
export const backupCipher = z.object({ ring: keyRingJson, keys: keyStore });
export type BackupCipher = z.infer<typeof backupCipher>;

/** Null while encryption is off; throws while locked (no plain backup is ever written then: it waits). */
export async function currentBackupCipher(): Promise<BackupCipher | null> {
  const record = await readEncryptionRecord();
  if (!record) return null;
  assertUnlocked();
  if (!cipherState.ring) throw new CodedError('encryption.locked');
  return { ring: ringToJson(cipherState.ring), keys: record.keys };
}

/** In a context without the keys (the offscreen document): use the handed ones to read the sealed fields. */
export function applyBackupCipher(cipher: BackupCipher | undefined): void {
  if (!cipher) return;
  applyCipherSnapshot({ mode: 'on', publicKey: fromBase64(cipher.keys.publicKey), ring: ringFromJson(cipher.ring) });
}

/** The backup file: encrypted under the install's key ring when encryption is on (the passphrase opens it). */
export async function protectBackup(
  file: { blob: Blob; fileName: string },
  cipher: BackupCipher | null,
): Promise<{ blob: Blob; fileName: string }> {
  if (!cipher) return file;
  return {
    blob: await protectWithKeyRing(file.blob, ringFromJson(cipher.ring), cipher.keys),
    fileName: file.fileName.replace(/\.json$/, '.protected.json'),
  };
}
