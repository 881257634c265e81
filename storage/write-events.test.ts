import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories } from '../tests/db';
import { onCommittedWrites } from './write-events';

describe('committed write events', () => {
  it('reports each committed read-write transaction once, with the tables it wrote', async () => {
    const db = await freshDatabase();
    const seen: string[][] = [];
    const stop = onCommittedWrites(db, (tables) => seen.push([...tables].sort()));
    const jane = await repositories(db).physicians.create({ last: 'Smith' });
    await db.transaction('rw', db.followUps, db.outreach, async () => {
      await db.outreach.clear();
      await db.followUps.clear();
    });
    await db.physicians.get(jane.id); // a read reports nothing
    expect(seen).toEqual([['physicians'], ['followUps', 'outreach']]);
    stop();
    await repositories(db).physicians.create({ last: 'Lee' });
    expect(seen).toHaveLength(2);
  });

  it('reports nothing for a transaction that aborts', async () => {
    const db = await freshDatabase();
    const seen: string[][] = [];
    onCommittedWrites(db, (tables) => seen.push([...tables]));
    await db
      .transaction('rw', db.followUps, async () => {
        await db.followUps.clear();
        throw new Error('abort');
      })
      .catch(() => undefined);
    await db.physicians.count();
    expect(seen).toEqual([]);
  });
});
