import { describe, expect, it } from 'vitest';
import { RoundsDatabase } from './database';
import { bulkChangeLimit, rebuildMarker } from './directory-changes';
import { repositories } from './repositories';

const open = async () => {
  const db = new RoundsDatabase(`changes-${crypto.randomUUID()}`);
  await db.open();
  return db;
};
const logged = async (db: RoundsDatabase) => (await db.directoryChanges.toArray()).map((c) => c.id).sort();

describe('directory change log', () => {
  it('logs every physician id written, in the same transaction, with a new token per write', async () => {
    const db = await open();
    const repos = repositories(db);
    const a = await repos.physicians.create({ last: 'Ruiz' });
    const first = await db.directoryChanges.get(a.id);
    await repos.physicians.update(a.id, { first: 'Ana' });
    expect((await db.directoryChanges.get(a.id))?.token).not.toBe(first?.token);
    const b = await repos.physicians.create({ last: 'Okafor' });
    await repos.physicians.softDelete(b.id);
    await db.physicians.delete(a.id);
    expect(await logged(db)).toEqual([a.id, b.id].sort());
    // Other tables log nothing.
    await repos.practices.create({ name: 'Clinic' });
    expect(await db.directoryChanges.count()).toBe(2);
  });

  it('logs one rebuild marker for a range write or a bulk write', async () => {
    const db = await open();
    const rows = await repositories(db).physicians.createMany(
      Array.from({ length: bulkChangeLimit + 1 }, (_, i) => ({ last: `Bulk ${i}` })),
    );
    expect(await logged(db)).toEqual([rebuildMarker]);
    await db.directoryChanges.clear();
    await db.physicians
      .where('id')
      .equals(rows[0]?.id ?? '')
      .modify({ first: 'X' });
    expect(await logged(db)).toEqual([rows[0]?.id]);
    await db.directoryChanges.clear();
    await db.physicians.clear();
    expect(await logged(db)).toEqual([rebuildMarker]);
  });

  it('rolls back with the write when the transaction aborts', async () => {
    const db = await open();
    await db
      .transaction('rw', db.physicians, async () => {
        await repositories(db).physicians.create({ last: 'Gone' });
        throw new Error('abort');
      })
      .catch(() => {});
    expect(await db.directoryChanges.count()).toBe(0);
    expect(await db.physicians.count()).toBe(0);
  });
});
