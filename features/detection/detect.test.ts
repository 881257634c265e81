import { describe, expect, it } from 'vitest';
import type { Physician } from '../../storage/schemas/physician';
import { compileMatchKeys, detectPhysicians } from './detect';
import { buildMatchKeys } from './match-keys';

let serial = 0;
function physician(first: string, last: string, extra: Partial<Physician> = {}): Physician {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    deletedAt: null,
    createdBy: '',
    updatedBy: '',
    prefix: '',
    first,
    middle: '',
    last,
    suffix: '',
    credentials: [],
    specialty: '',
    taxonomyCode: '',
    practiceId: null,
    practiceName: '',
    phone: '',
    fax: '',
    email: '',
    staff: [],
    officeDays: [],
    preferredContact: null,
    networkStatus: 'unknown',
    tags: [],
    dayLocations: {},
    tier: null,
    visitEveryDays: null,
    loyaltyNote: '',
    source: { kind: 'manual' },
    nameTokens: [],
    ...extra,
  };
}

const directory = [
  physician('Jane', 'Smith', { middle: 'Anne', npi: '1234567893' }),
  physician('Jane', 'Smith', { middle: 'Beth' }),
  physician('John', 'Smith'),
  physician('Maria', 'García-López'),
  physician('Liam', "O'Brien"),
  physician('Wei', 'Zhang'),
  physician('Old', 'Record', { deletedAt: '2025-02-01T00:00:00Z' }),
];
const built = buildMatchKeys(directory);
const keys = compileMatchKeys(built.keys);
const ids = (text: string | string[]) => {
  const found = detectPhysicians(text, keys);
  const out: Record<string, number> = {};
  for (const [position, count] of found.counts)
    out[`${directory.findIndex((p) => p.id === built.ids[position])}`] = count;
  return out;
};

describe('detectPhysicians', () => {
  it('finds "First Last" and separates by middle initial', () => {
    expect(ids('Referred by Jane A. Smith, MD today')).toEqual({ 0: 1 });
    expect(ids('Jane Beth Smith')).toEqual({ 1: 1 });
    expect(ids('Jane Smith')).toEqual({ 0: 1, 1: 1 });
    expect(ids('Jane Q. Smith')).toEqual({});
  });

  it('finds inverted and upper-case forms', () => {
    expect(ids('Provider: Smith, Jane A')).toEqual({ 0: 1 });
    expect(ids('SMITH, JANE B MD')).toEqual({ 1: 1 });
    expect(ids('SMITH, JOHN')).toEqual({ 2: 1 });
  });

  it('prefers the forward form in lists', () => {
    expect(ids('Jane Beth Smith, John Smith')).toEqual({ 1: 1, 2: 1 });
  });

  it('matches "Dr. Last" only when near', () => {
    expect(ids('Call Dr. Zhang back')).toEqual({ 5: 1 });
    expect(ids('Call Dr. Smith back')).toEqual({});
    expect(ids('John called. Dr Smith will see her')).toEqual({ 2: 1 });
    expect(ids(['John called.', 'Dr Smith will see her'])).toEqual({});
  });

  it('matches a first initial only when unambiguous and not a middle initial', () => {
    expect(ids('Seen by W. Zhang')).toEqual({ 5: 1 });
    expect(ids('Seen by J. Smith')).toEqual({});
    expect(ids('Harry W. Zhang')).toEqual({});
  });

  it('folds accents, hyphens, apostrophes and possessives', () => {
    expect(ids('Maria Garcia-Lopez and MARÍA GARCÍA LÓPEZ')).toEqual({ 3: 2 });
    expect(ids("Liam O'Brien's clinic; O’Brien, Liam")).toEqual({ 4: 2 });
  });

  it('does not match a bare last name or a deleted record', () => {
    expect(ids('Smith Zhang Record Old Record')).toEqual({});
  });

  it('finds 10-digit NPIs of the directory', () => {
    expect(ids('NPI: 1234567893; phone 1234567890; 12345678930')).toEqual({ 0: 1 });
  });

  it('reports mention offsets for highlighting', () => {
    const text = 'Seen: Smith, Jane A MD.';
    const [mention] = detectPhysicians(text, keys).mentions;
    expect(text.slice(mention?.start, mention?.end)).toBe('Smith, Jane A');
  });

  it('sends no record data besides name keys', () => {
    expect(JSON.stringify(built.keys)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(built.keys.npi).toEqual(['1234567893', '', '', '', '', '']);
    expect(built.keys.middle).toEqual(['a', 'b', '', '', '', '']);
  });
});
