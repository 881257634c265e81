import { describe, expect, it } from 'vitest';
import { backgroundCommand } from './content-commands';
import { asBackgroundCommand } from './read-content-command.content';

const keys = { generation: 1, last: ['smith'], first: ['jane'], middle: [''], npi: [''] };
const samples: unknown[] = [
  { rounds: 'toggle' },
  { rounds: 'open' },
  { rounds: 'close' },
  { rounds: 'rescan' },
  { rounds: 'disable' },
  { rounds: 'keys', keys },
  { rounds: 'keys', keys: { ...keys, last: [], first: [], middle: [], npi: [] } },
  null,
  undefined,
  'toggle',
  42,
  [],
  {},
  { rounds: 'eval' },
  { rounds: 'keys' },
  { rounds: 'keys', keys: null },
  { rounds: 'keys', keys: { ...keys, generation: '1' } },
  { rounds: 'keys', keys: { ...keys, last: [1] } },
  { rounds: 'keys', keys: { ...keys, first: [] } },
  { rounds: 'keys', keys: { ...keys, middle: 'x' } },
  { rounds: 'keys', keys: { ...keys, npi: {} } },
  { rounds: ['toggle'] },
  { rounds: 'sidebarReady', nonce: 'a'.repeat(32) },
  { rounds: 'sidebarLost', nonce: 'b'.repeat(32) },
  { rounds: 'sidebarReady' },
  { rounds: 'sidebarReady', nonce: 'short' },
  { rounds: 'sidebarLost', nonce: 'c'.repeat(65) },
  { rounds: 'sidebarLost', nonce: 7 },
  { rounds: 'constructor' },
  { rounds: '__proto__' },
];

describe('commands the content script accepts', () => {
  it('accepts the known commands and well-formed match keys only', () => {
    expect(asBackgroundCommand({ rounds: 'open' })).toEqual({ rounds: 'open' });
    // The background toggles by sending open or close (tab-context.ts): a bare toggle is no command.
    expect(asBackgroundCommand({ rounds: 'toggle' })).toBeNull();
    expect(asBackgroundCommand({ rounds: 'keys', keys })).toEqual({ rounds: 'keys', keys });
    expect(asBackgroundCommand({ rounds: 'keys', keys: { ...keys, first: [] } })).toBeNull();
  });

  it('agrees with the backgroundCommand schema on every sample (the schema is the definition)', () => {
    for (const sample of samples) {
      const parsed = backgroundCommand.safeParse(sample);
      expect(asBackgroundCommand(sample), JSON.stringify(sample)).toEqual(parsed.success ? parsed.data : null);
    }
  });
});
