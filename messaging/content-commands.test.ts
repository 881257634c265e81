import { describe, expect, it } from 'vitest';
import { asBackgroundCommand } from './content-commands';

describe('commands the content script accepts', () => {
  it('accepts the known commands and well-formed match keys only', () => {
    expect(asBackgroundCommand({ rounds: 'toggle' })).toEqual({ rounds: 'toggle' });
    expect(asBackgroundCommand({ rounds: 'rescan' })).toEqual({ rounds: 'rescan' });
    const keys = { generation: 1, last: ['smith'], first: ['jane'], middle: [''], npi: [''] };
    expect(asBackgroundCommand({ rounds: 'keys', keys })).toEqual({ rounds: 'keys', keys });
    for (const bad of [
      null,
      'toggle',
      {},
      { rounds: 'eval' },
      { rounds: 'keys' },
      { rounds: 'keys', keys: { ...keys, last: [1] } },
      { rounds: 'keys', keys: { ...keys, first: [] } },
      { rounds: 'keys', keys: { ...keys, npi: {} } },
    ]) {
      expect(asBackgroundCommand(bad)).toBeNull();
    }
  });
});
