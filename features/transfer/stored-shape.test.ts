import { describe, expect, it } from 'vitest';
import { generateData } from '../../dev/generators/generate-transfer-data';
import { rowSchemas, storedShapeChecks, transferTableNames } from './tables';

const data = generateData(11, {
  physicians: 60,
  practices: 10,
  notes: 60,
  referrals: 40,
  outreach: 60,
  followUps: 40,
  portals: 5,
  settings: 1,
});

describe('storedShapeChecks (export skips the parse only when it would change nothing)', () => {
  it('passes exactly the rows that parse to themselves', () => {
    for (const t of transferTableNames) {
      for (const row of data[t]) {
        const parsed = rowSchemas[t].safeParse(row);
        const same = parsed.success && JSON.stringify(parsed.data) === JSON.stringify(row);
        expect(storedShapeChecks[t](row), `${t} ${JSON.stringify(row).slice(0, 80)}`).toBe(same);
      }
    }
  });

  it('sends rows of older versions (a missing default) and invalid rows to the full parse', () => {
    const [p] = data.physicians;
    const [o] = data.outreach;
    if (!p || !o) throw new Error('no data');
    const { tags: _t, ...older } = p;
    expect(storedShapeChecks.physicians(older)).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, last: '' })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, last: ' padded ' })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, npi: '1234567898' })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, email: 'nope' })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, extra: 1 })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, taxonomyCode: 'bad' })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, credentials: ['MD', ''] })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).toBe(false);
    expect(storedShapeChecks.physicians({ ...p, source: { kind: 'capture', url: 'x', at: p.createdAt } })).toBe(false);
    expect(storedShapeChecks.outreach({ ...o, physicianIds: [], practiceId: null })).toBe(false);
    expect(storedShapeChecks.outreach({ ...o, at: 'yesterday' })).toBe(false);
    expect(storedShapeChecks.outreach({ ...o, durationMinutes: 1.5 })).toBe(false);
    expect(storedShapeChecks.outreach({ ...o, type: 'telepathy' })).toBe(false);
    const { outcome: _x, ...olderSensitive } = o.sensitive;
    expect(storedShapeChecks.outreach({ ...o, sensitive: olderSensitive })).toBe(false);
    expect(storedShapeChecks.settings({ key: 'app' })).toBe(false);
    const settings = data.settings[0];
    expect(storedShapeChecks.settings(settings)).toBe(true);
    expect(storedShapeChecks.settings({ ...settings, registryBaseUrl: 'not a url' })).toBe(false);
    expect(storedShapeChecks.practices({ ...data.practices[0], id: 'not-a-uuid' })).toBe(false);
  });
});
