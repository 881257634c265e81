import { describe, expect, it } from 'vitest';
import { isProtectedExport, openProtectedExport, protectExport } from './protected-file';

describe('passphrase-protected export', () => {
  it('round-trips, hides the content, and refuses a wrong passphrase or a changed file', async () => {
    const plain = JSON.stringify({ format: 'rounds-export', data: { notes: [{ body: 'MRN-88812 follow up' }] } });
    const text = await (await protectExport(new Blob([plain]), 'file passphrase one')).text();
    expect(isProtectedExport(text)).toBe(true);
    expect(text).not.toContain('MRN-88812');
    expect(JSON.parse(text).protected.p2c).toBeGreaterThanOrEqual(600_000);
    expect(await openProtectedExport(text, 'file passphrase one')).toBe(plain);
    await expect(openProtectedExport(text, 'another')).rejects.toThrow('does not open');
    const file = JSON.parse(text);
    file.protected.p2c = 700_000;
    await expect(openProtectedExport(JSON.stringify(file), 'file passphrase one')).rejects.toThrow();
  });
});
