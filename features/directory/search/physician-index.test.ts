import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../../dev/generators/generate-directory';
import type { Physician } from '../../../storage/schemas/physician';
import { PhysicianIndex } from './physician-index';
import { typoDistance } from './typo-distance';

const base = generateDirectory(1, 99)[0] as Physician;
let serial = 0;
function row(first: string, last: string, extra: Partial<Physician> = {}): Physician {
  serial++;
  return {
    ...base,
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    first,
    middle: '',
    last,
    ...extra,
  };
}

const directory = [
  row('Jane', 'Smith', { npi: '1234567893', specialty: 'Cardiology', practiceName: 'Lakeview Heart Associates' }),
  row('John', 'Smithson', { npi: '1245319599', specialty: 'Dermatology', practiceName: 'Summit Skin Clinic' }),
  row('María', 'García-López', { npi: '1003000126', specialty: 'Pediatrics', practiceName: 'Northside Pediatrics' }),
  row('Liam', "O'Brien", { npi: '1679576722', specialty: 'Neurology', practiceName: 'Capital Neurology Group' }),
  row('Jonathan', 'McDonald', { npi: '1528060837', specialty: 'Internal Medicine', practiceName: 'Lakeview Primary' }),
];
const names = (hits: Array<{ physician: Physician }>) => hits.map((h) => `${h.physician.first} ${h.physician.last}`);

describe('PhysicianIndex', () => {
  const index = PhysicianIndex.from(directory);

  it('ranks exact over prefix', () => {
    expect(names(index.search('smith'))).toEqual(['Jane Smith', 'John Smithson']);
    expect(names(index.search('smi'))).toEqual(['Jane Smith', 'John Smithson']);
  });

  it('tolerates typos: 1 edit from 4 letters, 2 from 8, transpositions count once', () => {
    // "smiht" is also a one-typo prefix of Smithson: still found, ranked after the whole-word typo.
    expect(names(index.search('smiht'))).toEqual(['Jane Smith', 'John Smithson']);
    expect(names(index.search('mcdonlad'))).toEqual(['Jonathan McDonald']);
    expect(names(index.search('mcdnoald'))).toEqual(['Jonathan McDonald']);
    expect(index.search('smx')).toEqual([]);
    expect(names(index.search('jonahtan mcd'))).toEqual(['Jonathan McDonald']);
  });

  it('matches a typo in the word being typed as a prefix', () => {
    expect(names(index.search('mcdonl'))).toEqual(['Jonathan McDonald']);
  });

  it('folds diacritics and hyphens', () => {
    expect(names(index.search('Garcia'))).toEqual(['María García-López']);
    expect(names(index.search('maria lopez'))).toEqual(['María García-López']);
    expect(names(index.search('García-López'))).toEqual(['María García-López']);
    expect(names(index.search("o'brien"))).toEqual(["Liam O'Brien"]);
  });

  it('finds NPIs by prefix (3 digits or more)', () => {
    expect(names(index.search('1234567893'))).toEqual(['Jane Smith']);
    expect(names(index.search('12453'))).toEqual(['John Smithson']);
    expect(index.search('12')).toEqual([]);
  });

  it('finds by practice and specialty, and requires every word', () => {
    expect(names(index.search('lakeview'))).toEqual(['Jane Smith', 'Jonathan McDonald']);
    expect(names(index.search('lakeview cardio'))).toEqual(['Jane Smith']);
    expect(names(index.search('smith derm'))).toEqual(['John Smithson']);
    expect(index.search('smith pediatrics')).toEqual([]);
  });

  it('applies the boost hook and the limit', () => {
    const boosted = index.search('smi', { boost: (p, s) => (p.last === 'Smithson' ? s + 10 : s) });
    expect(names(boosted)).toEqual(['John Smithson', 'Jane Smith']);
    expect(index.search('smi', { limit: 1 })).toHaveLength(1);
  });

  it('updates and removes incrementally', () => {
    const live = PhysicianIndex.from(directory);
    const jane = directory[0] as Physician;
    live.put({ ...jane, last: 'Smythe' });
    expect(names(live.search('smith'))).toEqual(['John Smithson', 'Jane Smythe']);
    expect(names(live.search('smythe'))).toEqual(['Jane Smythe']);
    live.remove(jane.id);
    expect(live.search('smythe')).toEqual([]);
    expect(live.search('1234567893')).toEqual([]);
    live.put({ ...jane, deletedAt: '2025-03-01T00:00:00.000Z' });
    expect(live.size).toBe(4);
    live.put(row('Ada', 'Smith'));
    expect(names(live.search('smith'))).toEqual(['Ada Smith', 'John Smithson']);
  });

  it('stops early on one-word queries with exactly the results of scoring every match', () => {
    const mid = PhysicianIndex.from(generateDirectory(5_000, 5));
    const identity = (_: Physician, score: number) => score; // a boost turns the early stop off
    const words = [
      's',
      'sm',
      'smi',
      'g',
      'ga',
      'j',
      'jo',
      'h',
      'm',
      'ma',
      'mar',
      'c',
      'ca',
      'card',
      'l',
      'la',
      'p',
      '100',
    ];
    for (const word of [...words, 'smiht', 'garica', 'jenifer']) {
      for (const limit of [1, 8, 20]) {
        const fast = mid.search(word, { limit }).map((h) => [h.physician.id, h.score]);
        expect(fast, `${word} (${limit})`).toEqual(
          mid.search(word, { limit, boost: identity }).map((h) => [h.physician.id, h.score]),
        );
      }
    }
  });

  it('ranks sensibly over a generated 50,000-physician directory', () => {
    const big = PhysicianIndex.from(generateDirectory(50_000));
    expect(big.size).toBe(50_000);
    const hits = big.search('garcia maria');
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) expect(h.physician.last).toMatch(/Garc[ií]a/);
    expect(`${hits[0]?.physician.first} ${hits[0]?.physician.middle}`).toMatch(/Mar[ií]a/);
    expect(big.search('hernandz').every((h) => h.physician.last.startsWith('Hern'))).toBe(true);
  });
});

describe('typoDistance', () => {
  it('counts optimal-string-alignment edits and stops early', () => {
    expect(typoDistance('smith', 'smith', 1, false)).toBe(0);
    expect(typoDistance('smiht', 'smith', 1, false)).toBe(1);
    expect(typoDistance('smyth', 'smith', 1, false)).toBe(1);
    expect(typoDistance('smth', 'smith', 1, false)).toBe(1);
    expect(typoDistance('jones', 'smith', 1, false)).toBe(2);
    expect(typoDistance('mcdonl', 'mcdonald', 1, true)).toBe(1);
    expect(typoDistance('mcdona', 'mcdonald', 1, true)).toBe(0);
  });
});
