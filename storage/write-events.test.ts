import { describe, expect, it } from 'vitest';
import { openStrictConnection } from '../features/transfer/strict-connection';
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

  it('reports the commits of a second connection to the same database (the strict one of an import)', async () => {
    const db = await freshDatabase();
    const seen: string[][] = [];
    onCommittedWrites(db, (tables) => seen.push([...tables]));
    const strict = await openStrictConnection(db);
    await strict.table('followUps').clear();
    strict.close();
    expect(seen).toEqual([['followUps']]);
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
