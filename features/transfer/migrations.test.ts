import { describe, expect, it } from 'vitest';
import { programIdOfTopic } from '../../storage/upgrades/relationship-loop';
import { exportVersion } from './format';
import type { ImportError } from './import-error';
import { exportMigrations, migrateExport } from './migrations';

describe('export migrations', () => {
  it('has a step for every older version (bumping exportVersion needs an entry here)', () => {
    for (let v = 1; v < exportVersion; v++)
      expect(exportMigrations[v], `migration ${v} → ${v + 1}`).toBeTypeOf('function');
    expect(
      Object.keys(exportMigrations)
        .map(Number)
        .every((v) => v < exportVersion),
    ).toBe(true);
  });

  it('runs steps in order up to the target version', () => {
    const table = {
      1: (f: Record<string, unknown>) => ({ ...f, steps: ['1→2'] }),
      2: (f: Record<string, unknown>) => ({ ...f, steps: [...(f.steps as string[]), '2→3'] }),
    };
    expect(migrateExport({ version: 1 }, table, 3)).toEqual({ version: 3, steps: ['1→2', '2→3'] });
    expect(migrateExport({ version: 3 }, table, 3)).toEqual({ version: 3 });
  });

  it('refuses gaps and newer files', () => {
    expect(() => migrateExport({ version: 1 }, {}, 2)).toThrow('Rounds cannot read export version 1.');
    expect(
      (() => {
        try {
          migrateExport({ version: 9 });
        } catch (e) {
          return (e as ImportError).problem;
        }
      })(),
    ).toBe('newer-version');
  });
});

describe('export version 1 → 2', () => {
  it('derives follow-up kinds from their links, as the database upgrade does', () => {
    const file = {
      version: 1,
      data: {
        followUps: [
          { id: 'a', referralId: 'r' },
          { id: 'b', referralId: null, outreachId: 'o' },
          { id: 'c', referralId: null, outreachId: null },
          { id: 'd', kind: 'manual', referralId: 'r' },
        ],
      },
    };
    const kinds = (migrateExport(file).data as { followUps: { kind: string }[] }).followUps.map((f) => f.kind);
    expect(kinds).toEqual(['referral-loop', 'outreach', 'manual', 'manual']);
  });
});

describe('export version 3 → 4', () => {
  it('turns topics into programs with the ids a database upgrade gives them, and concerns into workflow concerns', () => {
    const file = {
      version: 3,
      exportedAt: '2025-05-01T00:00:00.000Z',
      data: {
        outreach: [
          {
            id: 'a',
            topics: ['MRI', 'Cardiology'],
            concern: { category: 'access', resolvedAt: '2025-04-01T00:00:00Z' },
          },
          { id: 'b', topics: ['mri '], concern: null, sensitive: { notes: 'n' } },
        ],
        referrals: [{ id: 'r', status: 'closed' }],
        settings: [{ key: 'app' }],
      },
    };
    const data = migrateExport(file).data as Record<string, Record<string, unknown>[]>;
    const programs = data.programs ?? [];
    expect(programs.map((p) => [p.id, p.name, p.serviceLine])).toEqual([
      [programIdOfTopic('MRI'), 'MRI', ''],
      [programIdOfTopic('Cardiology'), 'Cardiology', 'Cardiology'],
    ]);
    const [a, b] = data.outreach ?? [];
    expect(a?.programIds).toEqual([programIdOfTopic('MRI'), programIdOfTopic('Cardiology')]);
    expect(b?.programIds).toEqual([programIdOfTopic('MRI')]);
    expect(a && 'topics' in a).toBe(false);
    expect(a?.concern).toMatchObject({ status: 'resolved', department: '', actions: [], reportedBackOn: null });
    expect(b?.sensitive).toEqual({ notes: 'n', concernResolution: '' });
    expect(data.referrals?.[0]).toMatchObject({ lostTo: '', lostReason: null });
    expect(data.settings?.[0]).toMatchObject({ competitors: [], annualGiftLimitCents: 53_500 });
  });
});
