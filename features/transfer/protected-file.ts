import { z } from 'zod';
import { fromBase64, randomBytes, toBase64 } from '../../storage/crypto/bytes';
import { openSealed, sealed, sealWithKey } from '../../storage/crypto/envelope';
import {
  type KeyRing,
  type KeyStore,
  keyStore,
  passphraseKey,
  pbkdf2Iterations,
  unwrapKeyRing,
} from '../../storage/crypto/key-ring';
import { ImportError } from './import-error';

/**
 * A passphrase-protected export (docs/EXPORT.md): a JWE-like JSON envelope. The protected header names the
 * algorithms and the PBKDF2 parameters; a random content key encrypts the export's bytes (AES-256-GCM, the header
 * as additional data) and is itself wrapped with the passphrase key (PBKDF2-SHA256, ≥ 600,000 iterations).
 */
export const protectedHeader = z.object({
  /** PBES2: the content key wrapped by the file's own passphrase; rounds-key-ring: by the install's data key. */
  alg: z.enum(['PBES2-HS256+A256GCMKW', 'rounds-key-ring+A256GCMKW']),
  enc: z.literal('A256GCM'),
  cty: z.literal('application/vnd.rounds-export+json'),
  p2c: z.number().int().min(pbkdf2Iterations),
  p2s: z.base64(),
});
export const protectedFile = z.object({
  format: z.literal('rounds-protected-export'),
  version: z.literal(1),
  protected: protectedHeader,
  encrypted_key: sealed,
  iv: z.base64(),
  ciphertext: z.base64(),
  /** The automatic backup: the install's key ring wrapped by the Rounds passphrase, which therefore opens it. */
  keyRing: keyStore.optional(),
});
export type ProtectedFile = z.infer<typeof protectedFile>;

const keyAad = 'rounds protected export key';
const importKey = (raw: Uint8Array<ArrayBuffer>) =>
  crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);

/** Wraps an export file under a passphrase. */
export async function protectExport(plain: Blob, passphrase: string): Promise<Blob> {
  const salt = randomBytes(16);
  const wrapKey = await passphraseKey(passphrase, salt, pbkdf2Iterations);
  return seal(plain, 'PBES2-HS256+A256GCMKW', wrapKey, pbkdf2Iterations, toBase64(salt));
}

/** Wraps a backup under the install's key ring: the Rounds passphrase (at backup time) opens it, even elsewhere. */
export async function protectWithKeyRing(plain: Blob, ring: KeyRing, store: KeyStore): Promise<Blob> {
  return seal(plain, 'rounds-key-ring+A256GCMKW', ring.dataKey, store.kdf.iterations, store.kdf.salt, store);
}

async function seal(
  plain: Blob,
  alg: ProtectedFile['protected']['alg'],
  wrapKey: Uint8Array,
  p2c: number,
  p2s: string,
  ring?: KeyStore,
): Promise<Blob> {
  const header = { alg, enc: 'A256GCM', cty: 'application/vnd.rounds-export+json', p2c, p2s } as const;
  const contentKey = randomBytes(32);
  const iv = randomBytes(12);
  const additionalData = new TextEncoder().encode(JSON.stringify(header));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData },
    await importKey(contentKey),
    await plain.arrayBuffer(),
  );
  const file: ProtectedFile = {
    format: 'rounds-protected-export',
    version: 1,
    protected: header,
    encrypted_key: sealWithKey(wrapKey, toBase64(contentKey), keyAad),
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ct)),
    ...(ring ? { keyRing: ring } : {}),
  };
  return new Blob([JSON.stringify(file)], { type: 'application/json' });
}

/** Whether a chosen file is a protected export (it asks for its passphrase before anything is read). */
export function isProtectedExport(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"rounds-protected-export"/.test(text.slice(0, 100));
}

/** The export inside a protected file; a wrong passphrase or a changed file is an ImportError naming it. */
export async function openProtectedExport(text: string, passphrase: string): Promise<string> {
  const parsed = protectedFile.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new ImportError('not-rounds', 'This protected file is damaged: its envelope does not parse.');
  const file = parsed.data;
  let wrapKey: Uint8Array;
  if (file.keyRing) {
    try {
      wrapKey = (await unwrapKeyRing(file.keyRing, passphrase)).dataKey;
    } catch {
      throw new ImportError(
        'not-rounds',
        'That passphrase does not open this backup (use the Rounds passphrase of then).',
      );
    }
  } else wrapKey = await passphraseKey(passphrase, fromBase64(file.protected.p2s), file.protected.p2c);
  let contentKey: Uint8Array<ArrayBuffer>;
  try {
    contentKey = fromBase64(
      String(openSealed({ dataKey: wrapKey, privateKey: new Uint8Array(32) }, file.encrypted_key, keyAad)),
    );
  } catch {
    throw new ImportError('not-rounds', 'That passphrase does not open this protected file.');
  }
  try {
    const additionalData = new TextEncoder().encode(JSON.stringify(file.protected));
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.iv), additionalData },
      await importKey(contentKey),
      fromBase64(file.ciphertext),
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new ImportError('not-rounds', 'This protected file was changed after it was written: it does not decrypt.');
  }
}
