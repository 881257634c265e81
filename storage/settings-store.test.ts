import { describe, expect, it } from 'vitest';
import { isRegistryAddress } from './schemas/settings';
import { parseStoredSettings } from './settings-store';

describe('settings', () => {
  it('takes only an https NPI Registry address (loopback http only in the e2e build)', () => {
    expect(isRegistryAddress('https://npiregistry.cms.hhs.gov/api/')).toBe(true);
    for (const bad of [
      'http://npiregistry.cms.hhs.gov/api/',
      'http://127.0.0.1:8080/api/',
      'javascript:alert(1)',
      'file:///etc/',
      'https://user:pass@registry.example/',
      'not a url',
    ])
      expect(isRegistryAddress(bad), bad).toBe(false);
  });

  it('a stored field that is no longer valid falls back alone; the other settings stay', () => {
    const stored = {
      key: 'app',
      registryBaseUrl: 'http://registry.example/',
      autoBackupWeekly: true,
      autoBackupKeep: 9,
    };
    expect(parseStoredSettings(stored)).toMatchObject({
      registryBaseUrl: 'https://npiregistry.cms.hhs.gov/api/',
      autoBackupWeekly: true,
      autoBackupKeep: 9,
    });
  });
});
