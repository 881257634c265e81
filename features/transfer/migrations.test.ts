import { describe, expect, it } from 'vitest';
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
