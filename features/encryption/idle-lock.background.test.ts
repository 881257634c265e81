import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyEncryptionRecord, applyUnlocked, cipherState } from '../../storage/crypto/cipher-state';
import { getDatabase } from '../../storage/database';
import { storageKeys, writeKey } from '../../storage/extension-storage';
import { saveSettings } from '../../storage/settings-store';
import { turnOn } from './encryption-control';
import { lockIfIdle } from './idle-lock.background';

afterEach(() => {
  fakeBrowser.reset();
  applyEncryptionRecord(undefined);
  applyUnlocked(undefined);
});

describe('idle lock', () => {
  it('locks after `Lock after` minutes without use, not before', async () => {
    const db = await getDatabase();
    await (await turnOn(db, 'idle test passphrase')).job;
    await saveSettings(db, { lockAfterMinutes: 15 });
    const now = Date.now();
    await writeKey(storageKeys.lastUse, now - 14 * 60_000);
    expect(await lockIfIdle(now)).toBe(false);
    expect(cipherState.ring).not.toBeNull();
    await writeKey(storageKeys.lastUse, now - 16 * 60_000);
    expect(await lockIfIdle(now)).toBe(true);
    expect(cipherState.ring).toBeNull();
  });
});
