import { describe, expect, it } from 'vitest';
import { repositories } from '../../storage/repositories';
import { useScratchDatabases } from '../../tests/transfer-db';
import { exportCsv } from './csv-export';
import { commitRoster } from './roster-commit';
import { parseRoster } from './roster-parse';
import { previewRoster } from './roster-preview';

const freshDb = useScratchDatabases();

describe('office-profile roster columns', () => {
  it('a physicians CSV export re-imports as a roster with tags, network status, tier, cadence, days and contact', async () => {
    const source = await freshDb();
    await repositories(source).physicians.create({
      first: 'Jane',
      last: 'Smith',
      npi: '1234567893',
      tags: ['north', 'cardio'],
      networkStatus: 'competitor',
      tier: 'B',
      visitEveryDays: 21,
      officeDays: ['mon', 'thu'],
      preferredContact: 'fax',
    });
    const { blob } = await exportCsv(source, 'physicians');
    const target = await freshDb();
    const preview = await previewRoster(target, await parseRoster(blob, 'rounds-physicians.csv'));
    expect(preview.rows.flatMap((r) => r.problems)).toEqual([]);
    await commitRoster(target, preview);
    const [jane] = await target.physicians.toArray();
    expect(jane).toMatchObject({
      tags: ['north', 'cardio'],
      networkStatus: 'competitor',
      tier: 'B',
      visitEveryDays: 21,
      officeDays: ['mon', 'thu'],
      preferredContact: 'fax',
    });
  });

  it('reads labels as well as ids, and names the column a value does not fit', async () => {
    const db = await freshDb();
    const csv =
      'Last Name,Network Status,Office Days,Tier,Visit Every (Days)\nSmith,Competitor-aligned,Monday|Wed,a,30\nLee,,,Z,0\n';
    const preview = await previewRoster(db, await parseRoster(new Blob([csv]), 'roster.csv'));
    expect(preview.rows[0]?.physician).toMatchObject({
      networkStatus: 'competitor',
      officeDays: ['mon', 'wed'],
      tier: 'A',
      visitEveryDays: 30,
    });
    expect(preview.rows[1]?.problems.join(' ')).toMatch(/tier.*visitEveryDays|visitEveryDays.*tier/s);
  });
});
