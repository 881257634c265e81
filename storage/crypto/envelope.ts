import { gcm } from '@noble/ciphers/aes.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { fromBase64, randomBytes, toBase64 } from './bytes';

/**
 * One encrypted field value as stored in IndexedDB, in place of the plain value (so rows of every older version
 * still parse: a field is either its plain shape or this envelope). `k: 'd'` is sealed with the data key;
 * `k: 'p'` was written while locked, to the install's public key (X25519 + HKDF-SHA256 → AES-256-GCM), and `epk`
 * is the sender's ephemeral public key. AES-GCM, a fresh random 96-bit IV per value; the AAD binds the value to
 * its table and field, so a ciphertext cannot be moved to another field.
 */
export const sealed = z.object({
  v: z.literal(1),
  k: z.enum(['d', 'p']),
  iv: z.base64(),
  ct: z.base64(),
  epk: z.base64().optional(),
});
export type Sealed = z.infer<typeof sealed>;

export function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 && 'ct' in value;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const info = encoder.encode('rounds sealed field');

/** Seals any JSON value with a 32-byte key (AES-256-GCM, random 96-bit IV). Synchronous: safe inside a Dexie transaction. */
export function sealWithKey(key: Uint8Array, value: unknown, aad: string): Sealed {
  const iv = randomBytes(12);
  const ct = gcm(key, iv, encoder.encode(aad)).encrypt(encoder.encode(JSON.stringify(value)));
  return { v: 1, k: 'd', iv: toBase64(iv), ct: toBase64(ct) };
}

/** Seals to a public key: anyone may write, only the holder of the private key reads (quick-log while locked). */
export function sealToPublicKey(publicKey: Uint8Array, value: unknown, aad: string): Sealed {
  const ephemeral = x25519.utils.randomSecretKey();
  const epk = x25519.getPublicKey(ephemeral);
  const key = hkdf(sha256, x25519.getSharedSecret(ephemeral, publicKey), epk, info, 32);
  const sealedValue = sealWithKey(key, value, aad);
  return { ...sealedValue, k: 'p', epk: toBase64(epk) };
}

export interface OpeningKeys {
  dataKey: Uint8Array;
  privateKey: Uint8Array;
}

/** Opens a sealed value; throws when the key is wrong or the value was tampered with. */
export function openSealed(keys: OpeningKeys, envelope: Sealed, aad: string): unknown {
  let key = keys.dataKey;
  if (envelope.k === 'p') {
    if (!envelope.epk) throw new Error('sealed value without its ephemeral key');
    const epk = fromBase64(envelope.epk);
    key = hkdf(sha256, x25519.getSharedSecret(keys.privateKey, epk), epk, info, 32);
  }
  const plain = gcm(key, fromBase64(envelope.iv), encoder.encode(aad)).decrypt(fromBase64(envelope.ct));
  return JSON.parse(decoder.decode(plain));
}
