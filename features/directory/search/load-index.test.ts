import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories, steppingClock } from '../../../tests/db';
import { loadPhysicianIndex } from './load-index';
import { PhysicianIndex } from './physician-index';

describe('the one directory-index loader', () => {
  it('reads every row across chunk boundaries into the given index, leaves deleted rows out, reports the newest write', async () => {
    const db = await freshDatabase();
    const repos = repositories(db, steppingClock());
    const rows = await repos.physicians.createMany(
      ['Smith', 'Haddad', 'Chen', 'Okafor', 'Lindqvist'].map((last) => ({ last })),
    );
    await repos.physicians.softDelete(rows[2]?.id ?? '');
    const newest = (await db.physicians.orderBy('updatedAt').last())?.updatedAt;
    const into = new PhysicianIndex();
    const { index, since } = await loadPhysicianIndex(db, { into, chunk: 2 });
    expect(index).toBe(into);
    expect(index.size).toBe(4);
    expect(index.search('okaf', { limit: 1 })[0]?.physician.last).toBe('Okafor');
    expect(index.search('chen', { limit: 1 })).toEqual([]);
    expect(since).toBe(newest);
  });
});
