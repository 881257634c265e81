import { describe, expect, it } from 'vitest';
import { fromBase64 } from './bytes';
import { openSealed, sealed, sealToPublicKey, sealWithKey } from './envelope';
import { newKeyRing, unwrapKeyRing, WrongPassphrase, wrapKeyRing } from './key-ring';
import { hashPageKey } from './page-key-hash';

describe('sealed field envelope', () => {
  const ring = newKeyRing();
  it('round-trips a value with a fresh 96-bit IV each time, and the envelope parses', () => {
    const a = sealWithKey(ring.dataKey, { body: 'MRN 1234' }, 'notes/1/sensitive');
    const b = sealWithKey(ring.dataKey, { body: 'MRN 1234' }, 'notes/1/sensitive');
    expect(sealed.parse(a)).toEqual(a);
    expect(fromBase64(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(JSON.stringify(a)).not.toContain('1234');
    expect(openSealed(ring, a, 'notes/1/sensitive')).toEqual({ body: 'MRN 1234' });
  });
  it('refuses a tampered value, a value moved to another record, and a wrong key', () => {
    const a = sealWithKey(ring.dataKey, 'x', 'notes/1/sensitive');
    const flipped = { ...a, ct: a.ct.startsWith('A') ? `B${a.ct.slice(1)}` : `A${a.ct.slice(1)}` };
    expect(() => openSealed(ring, flipped, 'notes/1/sensitive')).toThrow();
    expect(() => openSealed(ring, a, 'notes/2/sensitive')).toThrow();
    expect(() => openSealed(newKeyRing(), a, 'notes/1/sensitive')).toThrow();
  });
  it('seals to the public key without the private key, and opens with it', async () => {
    const store = await wrapKeyRing(ring, 'correct horse battery staple');
    const a = sealToPublicKey(fromBase64(store.publicKey), { text: 'call re J.D.' }, 'followUps/9/sensitive');
    expect(a.k).toBe('p');
    expect(openSealed(ring, a, 'followUps/9/sensitive')).toEqual({ text: 'call re J.D.' });
    expect(() => openSealed(newKeyRing(), a, 'followUps/9/sensitive')).toThrow();
  });
});

describe('key ring', () => {
  it('unwraps with the passphrase (PBKDF2 ≥ 600,000) and refuses another; a re-wrap keeps the keys', async () => {
    const ring = newKeyRing();
    const store = await wrapKeyRing(ring, 'first passphrase');
    expect(store.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    await expect(unwrapKeyRing(store, 'wrong')).rejects.toBeInstanceOf(WrongPassphrase);
    const again = await unwrapKeyRing(store, 'first passphrase');
    const rewrapped = await wrapKeyRing(again, 'second passphrase');
    expect(rewrapped.kdf.salt).not.toBe(store.kdf.salt);
    expect((await unwrapKeyRing(rewrapped, 'second passphrase')).dataKey).toEqual(ring.dataKey);
  });
});

describe('page key hash', () => {
  const secret = newKeyRing().pageKeySecret;
  it('is keyed, stable, hides the parameter, and keeps row keys a prefix of their page', () => {
    const page = 'https://ehr.test/chart?patientId=P-778812';
    const h = hashPageKey(secret, page);
    expect(h).toBe(hashPageKey(secret, page));
    expect(h).not.toContain('778812');
    expect(hashPageKey(newKeyRing().pageKeySecret, page)).not.toBe(h);
    const row = hashPageKey(secret, `${page}#row:R-2001`);
    expect(row.startsWith(`${h}#row:`)).toBe(true);
    expect(row).not.toContain('R-2001');
    expect(hashPageKey(secret, `${page}#row:\uffff`)).toBe(`${h}#row:\uffff`);
    expect(hashPageKey(secret, h)).toBe(h);
  });
});
