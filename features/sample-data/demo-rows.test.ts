import { describe, expect, it } from 'vitest';
import { repositories } from '../../storage/repositories';
import { freshDatabase } from '../../tests/db';
import { addSampleData, demoRows, removeSampleData } from './demo-rows';

describe('sample data on first run', () => {
  it('adds the demo directory and removes exactly it, keeping the liaison’s own rows', async () => {
    const db = await freshDatabase();
    expect(await addSampleData(db)).toBe(6);
    const repos = repositories(db);
    // The liaison's own physician who happens to share a demo name, and one at a demo practice: both stay.
    const own = await repos.physicians.create({ first: 'Jane', last: 'Smith', specialty: 'Dermatology' });
    const lakeside = (await db.practices.toArray()).find((p) => p.name === 'Lakeside Heart Associates');
    const colleague = await repos.physicians.create({ first: 'Ann', last: 'Lee', practiceId: lakeside?.id ?? null });
    expect((await demoRows(db)).physicianIds).toHaveLength(6);
    expect(await removeSampleData(db)).toBe(6);
    const live = (await db.physicians.toArray()).filter((p) => !p.deletedAt).map((p) => p.id);
    expect(live.sort()).toEqual([own.id, colleague.id].sort());
    const livePractices = (await db.practices.toArray()).filter((p) => !p.deletedAt).map((p) => p.name);
    expect(livePractices).toEqual(['Lakeside Heart Associates']);
    expect(await demoRows(db)).toEqual({ physicianIds: [], practiceIds: [lakeside?.id] });
  });

  it('never seeds over a directory that already has physicians', async () => {
    const db = await freshDatabase();
    await repositories(db).physicians.create({ first: 'Ada', last: 'Lovelace' });
    expect(await addSampleData(db)).toBe(0);
    expect(await db.physicians.count()).toBe(1);
  });
});
