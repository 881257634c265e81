import { describe, expect, it } from 'vitest';
import { detectedBoost, familiarity } from '../../features/outreach/familiarity';
import { freshDatabase, repositories, steppingClock } from '../../tests/db';
import { DirectorySearch } from './directory-search';
import { composeSuggestions, parseNewName } from './suggestions';

async function directory() {
  const db = await freshDatabase();
  const repos = repositories(db, steppingClock());
  const smith = await repos.physicians.create({
    first: 'Jane',
    last: 'Smith',
    npi: '1234567893',
    practiceName: 'Lakeside Heart',
  });
  const smithe = await repos.physicians.create({ first: 'Ann', last: 'Smithe' });
  const smyth = await repos.physicians.create({ first: 'Bo', last: 'Smyth' });
  const search = new DirectorySearch(db);
  await search.load();
  return { db, search, smith, smithe, smyth };
}

describe('type-ahead ranking', () => {
  it('finds by name prefix, typo, practice and NPI', async () => {
    const { search, smith, smyth } = await directory();
    expect((await search.search('smi')).map((p) => p.id)).toContain(smith.id);
    expect((await search.search('smtih'))[0]?.id).toBe(smith.id);
    expect((await search.search('lakeside'))[0]?.id).toBe(smith.id);
    expect((await search.search('1234567893'))[0]?.id).toBe(smith.id);
    expect((await search.search('smyth'))[0]?.id).toBe(smyth.id);
  });

  it('puts recent and frequent physicians first within a match tier, never above an exact match', async () => {
    const { search, smith, smithe } = await directory();
    expect((await search.search('smit'))[0]?.id).toBe(smith.id);
    const now = Date.parse('2026-03-10T12:00:00Z');
    const visits = Array.from({ length: 5 }, (_, i) => ({
      physicianIds: [smithe.id],
      at: new Date(now - i * 86_400_000).toISOString(),
    }));
    search.boosts = familiarity(visits, now);
    expect((await search.search('smit'))[0]?.id).toBe(smithe.id);
    expect((await search.search('smith'))[0]?.id).toBe(smith.id);
  });

  it('puts a physician detected on the page at the top', async () => {
    const { search, smyth } = await directory();
    search.boosts = new Map([[smyth.id, detectedBoost]]);
    expect((await search.search('sm'))[0]?.id).toBe(smyth.id);
  });

  it('once the boosted few are indexed, ranks as the per-candidate boost did (familiar one beyond the plain top)', async () => {
    const db = await freshDatabase();
    const repos = repositories(db, steppingClock());
    const others = await repos.physicians.createMany(
      Array.from({ length: 30 }, (_, i) => ({ first: `Ann${i}`, last: 'Parker' })),
    );
    const search = new DirectorySearch(db);
    await search.load();
    const plain = (await search.search('park', 8)).map((p) => p.id);
    const familiar = others.find((p) => !plain.includes(p.id));
    expect(familiar).toBeDefined();
    search.boosts = new Map([[familiar?.id ?? '', 0.3]]);
    const before = await search.search('park', 8); // boosted index not built yet: per-candidate boost
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = await search.search('park', 8);
    expect(before[0]?.id).toBe(familiar?.id);
    expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect((await search.search('zzzz', 8)).length).toBe(0);
  });

  it('finds practices by name prefix from memory once loaded, as the index did before', async () => {
    const db = await freshDatabase();
    const repos = repositories(db, steppingClock());
    await repos.practices.createMany([{ name: 'Lakeside Heart' }, { name: 'Lakeview Clinic' }, { name: 'Oak Family' }]);
    const search = new DirectorySearch(db);
    const fromDb = (await search.practices('lake', 3)).map((p) => p.name);
    await search.load();
    expect((await search.practices('lake', 3)).map((p) => p.name)).toEqual(fromDb);
    expect(fromDb).toEqual(['Lakeside Heart', 'Lakeview Clinic']);
    expect(await search.practices('zz', 3)).toEqual([]);
  });

  it('scores recency and frequency between 0 and the cap', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    const s = familiarity(
      [
        { physicianIds: ['a', 'b'], at: '2026-03-10T09:00:00Z' },
        { physicianIds: ['b'], at: '2025-03-10T09:00:00Z' },
      ],
      now,
    );
    expect(s.get('a')).toBeGreaterThan(0.25);
    expect(s.get('a')).toBeLessThanOrEqual(0.45);
    expect(s.get('b')).toBeGreaterThan(s.get('a') ?? 1);
  });
});

describe('suggestions', () => {
  it('parses a typed name into a minimal physician', () => {
    expect(parseNewName('Jane Smith MD')).toMatchObject({ first: 'Jane', last: 'Smith', credentials: ['MD'] });
    expect(parseNewName('123')).toBeNull();
  });

  it('leaves out what is chosen and offers to add the typed name last', async () => {
    const { smith, smithe } = await directory();
    const list = composeSuggestions({
      query: 'Smit',
      physicians: [smith, smithe],
      practices: [],
      chosen: new Set([`p-${smith.id}`]),
      detected: new Set(),
    });
    expect(list.map((s) => s.kind)).toEqual(['physician', 'new']);
    expect(list[0]?.label).toBe('Ann Smithe');
  });
});
