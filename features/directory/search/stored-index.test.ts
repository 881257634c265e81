import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../../dev/generators/generate-directory';
import type { RoundsDatabase } from '../../../storage/database';
import { rebuildMarker } from '../../../storage/directory-changes';
import type { DirectoryIndexRecord } from '../../../storage/schemas/directory-index';
import { freshDatabase, repositories, steppingClock } from '../../../tests/db';
import { loadPhysicianIndex } from './load-index';
import { packIndex, unpackIndex } from './packed-index';
import { type DirectoryEntry, PhysicianIndex } from './physician-index';
import { loadDirectoryIndex, persistIndex, snapshot } from './stored-index';

// The search bench's queries (prefix, typed letter by letter, and typos) plus a few more.
const queries = [
  ...['smith', 'garcia', 'jennifer', 'hernandez', 'patel', 'cardiology', 'jane smi', '1000', 'lake'].flatMap((q) =>
    Array.from({ length: q.length - 1 }, (_, n) => q.slice(0, n + 2)),
  ),
  ...['smiht', 'garica', 'jenifer', 'hernadez', 'wiliams', 'thompsn', 'jonhson', 'rodriquez', 'cardiolgy', 'robrets'],
  'ana ruiz',
  'okafor',
];
const show = (p: DirectoryEntry) =>
  [p.id, p.prefix, p.first, p.middle, p.last, p.suffix, p.credentials.join(','), p.npi ?? '', p.specialty].join('|');
/** Every hit of every query, with its score, order-free (doc numbers, and so ties, differ between builds). */
const answers = (index: PhysicianIndex) =>
  queries.map((q) =>
    index
      .search(q, { limit: 100_000 })
      .map((h) => `${show(h.physician)}@${h.score.toFixed(9)}`)
      .sort(),
  );
const fresh = async (db: RoundsDatabase) => (await loadPhysicianIndex(db)).index;

async function seeded(count = 300) {
  const db = await freshDatabase();
  const rows = generateDirectory(count, 7).map(({ id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...r }) => r);
  await repositories(db, steppingClock()).physicians.createMany(rows);
  return db;
}

describe('the stored directory index', () => {
  it('packs and unpacks to an index answering exactly like the one it was packed from', () => {
    const built = PhysicianIndex.from(generateDirectory(3_000, 3));
    const loaded = unpackIndex(packIndex(built, '2026', 's'));
    expect(loaded.size).toBe(built.size);
    for (const q of queries) {
      const before = built.search(q).map((h) => [show(h.physician), h.score]);
      expect(
        loaded.search(q).map((h) => [show(h.physician), h.score]),
        q,
      ).toEqual(before);
    }
  });

  it('is rebuilt when missing, then loaded from the record; stays equal to a fresh build after writes', async () => {
    const db = await seeded();
    const first = await loadDirectoryIndex(db);
    expect([first.from, first.reason]).toEqual(['rebuilt', 'no stored index']);
    expect(await first.persisted).toBe(true);
    expect(await db.directoryChanges.count()).toBe(0);
    const second = await loadDirectoryIndex(db);
    expect(second.from).toBe('stored');
    expect(answers(second.index)).toEqual(answers(await fresh(db)));

    const repos = repositories(db, steppingClock(Date.parse('2026-06-01T00:00:00Z')));
    const some = await db.physicians.limit(6).toArray();
    await repos.physicians.create({ first: 'Ana', last: 'Ruiz', specialty: 'Cardiology' });
    await repos.physicians.update(some[0]?.id ?? '', { last: 'Okafor', first: 'Jane' });
    await repos.physicians.softDelete(some[1]?.id ?? '');
    await db.physicians.delete(some[2]?.id ?? '');
    await repos.physicians.restore(some[1]?.id ?? '');
    await repos.physicians.softDelete(some[3]?.id ?? '');
    const third = await loadDirectoryIndex(db);
    expect(third.from).toBe('stored');
    expect(third.index.size).toBe(300 + 1 - 2);
    expect(answers(third.index)).toEqual(answers(await fresh(db)));
    expect(third.since).toBe((await db.physicians.orderBy('updatedAt').last())?.updatedAt);
    // Written back once enough changes piled up: the log empties and the record alone answers the same.
    const packed = await loadDirectoryIndex(db, { persistAfter: 1 });
    expect(await packed.persisted).toBe(true);
    expect(await db.directoryChanges.count()).toBe(0);
    expect(answers((await loadDirectoryIndex(db)).index)).toEqual(answers(await fresh(db)));
  });

  it('is rebuilt after an import (a bulk write) and after a clear', async () => {
    const db = await seeded(50);
    await (await loadDirectoryIndex(db)).persisted;
    const more = generateDirectory(100, 9).map(({ id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...r }) => r);
    await repositories(db).physicians.createMany(more);
    const afterImport = await loadDirectoryIndex(db);
    expect([afterImport.from, afterImport.index.size]).toEqual(['rebuilt', 150]);
    expect(answers(afterImport.index)).toEqual(answers(await fresh(db)));
    await afterImport.persisted;
    await db.physicians.clear();
    const cleared = await loadDirectoryIndex(db);
    expect([cleared.from, cleared.index.size]).toEqual(['rebuilt', 0]);
  });

  it('rebuilds, never throws, when the record is of an older format, corrupt or torn, or a write was not logged', async () => {
    const db = await seeded(40);
    await (await loadDirectoryIndex(db)).persisted;
    const record = (await db.directoryIndex.get('directory')) as DirectoryIndexRecord;
    const expected = answers(await fresh(db));
    const bad: Array<[string, unknown]> = [
      ['another format', { ...record, format: 0 }],
      ['garbage', { key: 'directory', hello: 'world' }],
      ['corrupt postings', { ...record, postings: record.postings.subarray(1) }],
      ['a posting naming no doc', { ...record, postings: record.postings.map(() => 1 << 30) }],
      ['entries not JSON', { ...record, entries: '[' }],
      ['entries too short', { ...record, entries: '[]' }],
    ];
    for (const [what, value] of bad) {
      await db.directoryIndex.put(value as DirectoryIndexRecord);
      const loaded = await loadDirectoryIndex(db);
      expect(loaded.from, what).toBe('rebuilt');
      expect(answers(loaded.index), what).toEqual(expected);
      await loaded.persisted;
      expect((await loadDirectoryIndex(db)).from, `${what}: stored again`).toBe('stored');
    }
    await db.directoryIndex.put({ key: 'stamp', stamp: 'another packing' });
    expect((await loadDirectoryIndex(db)).reason).toBe('stored index torn (stamp differs)');
    // A row written without the log (a connection without the middleware): newer than anything the index knows.
    await (await loadDirectoryIndex(db)).persisted;
    const row = (await db.physicians.limit(1).toArray())[0];
    await db.physicians.put({ ...row, last: 'Unlogged', updatedAt: '2099-01-01T00:00:00.000Z' } as never);
    await db.directoryChanges.clear();
    const unlogged = await loadDirectoryIndex(db);
    expect([unlogged.from, unlogged.reason]).toEqual(['rebuilt', 'a write the change log lacks']);
    expect(unlogged.index.search('unlogged')).toHaveLength(1);
  });

  it('keeps newer work: a packing over a record another context replaced is dropped, and the log kept', async () => {
    const db = await seeded(30);
    await (await loadDirectoryIndex(db)).persisted;
    const someone = (await db.physicians.limit(1).toArray())[0];
    await repositories(db).physicians.update(someone?.id ?? '', { last: 'Changed' });
    const read = await snapshot(db);
    const { index, since } = await loadDirectoryIndex(db, { persistAfter: 1_000 });
    await db.directoryIndex.put({ key: 'stamp', stamp: 'newer' });
    expect(await persistIndex(db, index, since, read)).toBe(false);
    expect(await db.directoryChanges.count()).toBe(1);
    expect((await db.directoryChanges.toArray()).some((c) => c.id === rebuildMarker)).toBe(false);
  });
});
