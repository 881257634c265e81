import { x25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { fromBase64, randomBytes, toBase64 } from './bytes';
import { openSealed, type Sealed, sealed, sealWithKey } from './envelope';

/** OWASP 2023 minimum for PBKDF2-HMAC-SHA256. */
export const pbkdf2Iterations = 600_000;

/**
 * The keys that protect patient information, all random: `dataKey` seals every field, `pageKeySecret` keys the
 * page-key HMAC (the per-install secret), `privateKey` opens what was written while locked. They are wrapped
 * (sealed) by a key derived from the passphrase, so changing the passphrase re-wraps them and nothing else.
 */
export interface KeyRing {
  dataKey: Uint8Array;
  pageKeySecret: Uint8Array;
  privateKey: Uint8Array;
}

/** The key ring in transit or in storage.session (base64; never written to disk). */
export const keyRingJson = z.object({ d: z.base64(), h: z.base64(), p: z.base64() });
export type KeyRingJson = z.infer<typeof keyRingJson>;

/** What is stored on disk about the keys: the KDF's salt, the wrapped ring, and the public key (not secret). */
export const keyStore = z.object({
  kdf: z.object({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(pbkdf2Iterations),
    salt: z.base64(),
  }),
  wrapped: sealed,
  publicKey: z.base64(),
});
export type KeyStore = z.infer<typeof keyStore>;

const ringAad = 'rounds key ring v1';

export function newKeyRing(): KeyRing {
  const privateKey = x25519.utils.randomSecretKey();
  return { dataKey: randomBytes(32), pageKeySecret: randomBytes(32), privateKey };
}

export const ringToJson = (r: KeyRing): KeyRingJson => ({
  d: toBase64(r.dataKey),
  h: toBase64(r.pageKeySecret),
  p: toBase64(r.privateKey),
});
export const ringFromJson = (j: KeyRingJson): KeyRing => ({
  dataKey: fromBase64(j.d),
  pageKeySecret: fromBase64(j.h),
  privateKey: fromBase64(j.p),
});

/** PBKDF2-HMAC-SHA256 through WebCrypto (no unsafe-eval, native speed). */
export async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  return new Uint8Array(bits);
}

/** Wraps a key ring under a passphrase with a fresh salt. */
export async function wrapKeyRing(ring: KeyRing, passphrase: string, iterations = pbkdf2Iterations): Promise<KeyStore> {
  const salt = randomBytes(16);
  const key = await passphraseKey(passphrase, salt, iterations);
  return {
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
    wrapped: sealWithKey(key, ringToJson(ring), ringAad),
    publicKey: toBase64(x25519.getPublicKey(ring.privateKey)),
  };
}

export class WrongPassphrase extends Error {
  constructor() {
    super('That passphrase does not unlock Rounds');
  }
}

/** Unwraps the key ring; throws WrongPassphrase when the passphrase is not the one it was wrapped with. */
export async function unwrapKeyRing(store: KeyStore, passphrase: string): Promise<KeyRing> {
  const key = await passphraseKey(passphrase, fromBase64(store.kdf.salt), store.kdf.iterations);
  let json: unknown;
  try {
    json = openSealed({ dataKey: key, privateKey: new Uint8Array(32) }, store.wrapped as Sealed, ringAad);
  } catch {
    throw new WrongPassphrase();
  }
  return ringFromJson(keyRingJson.parse(json));
}
