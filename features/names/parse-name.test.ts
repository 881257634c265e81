import { describe, expect, it } from 'vitest';
import { parsePhysicianName, parsePhysicianNames, swapFirstLast } from './parse-name';

const name = (fields: Partial<ReturnType<typeof parsePhysicianName> & object>) => ({
  prefix: '',
  first: '',
  middle: '',
  last: '',
  suffix: '',
  credentials: [],
  ...fields,
});

describe('parsePhysicianName: orders', () => {
  it.each([
    [
      'Dr. Jane Q. Smith, MD, FACC',
      name({ prefix: 'Dr.', first: 'Jane', middle: 'Q.', last: 'Smith', credentials: ['MD', 'FACC'] }),
    ],
    ['SMITH, JANE Q MD', name({ first: 'Jane', middle: 'Q', last: 'Smith', credentials: ['MD'] })],
    ['Smith, Jane Q., M.D., Ph.D.', name({ first: 'Jane', middle: 'Q.', last: 'Smith', credentials: ['MD', 'PhD'] })],
    ['Jane Smith MD', name({ first: 'Jane', last: 'Smith', credentials: ['MD'] })],
    ['Smith Jane', name({ first: 'Jane', last: 'Smith' })],
    ['SMITH JANE Q', name({ first: 'Jane', middle: 'Q', last: 'Smith' })],
    ['Jordan Taylor', name({ first: 'Jordan', last: 'Taylor' })],
  ])('%s', (text, expected) => {
    expect(parsePhysicianName(text)).toEqual(expected);
  });

  it('swaps first and last for the form', () => {
    const parsed = parsePhysicianName('Jane Smith');
    expect(parsed && swapFirstLast(parsed)).toMatchObject({ first: 'Smith', last: 'Jane' });
  });
});

describe('parsePhysicianName: credentials and suffixes', () => {
  it.each([
    ['John Doe, M. D.', ['MD']],
    ['John Doe, D.O.', ['DO']],
    ['John Doe MBBS', ['MBBS']],
    ['Mary Ann Lee, PA-C', ['PA-C']],
    ['Mary Lee, APRN, FNP-C', ['APRN', 'FNP-C']],
    ['John Doe, MD, PhD', ['MD', 'PhD']],
    ['John Doe FACS', ['FACS']],
    ['John Doe, m.d.', ['MD']],
  ])('%s → %j', (text, credentials) => {
    expect(parsePhysicianName(text)?.credentials).toEqual(credentials);
  });

  it('keeps generational suffixes apart from degrees', () => {
    expect(parsePhysicianName('John A. Doe Jr., MD')).toMatchObject({ suffix: 'Jr.', credentials: ['MD'] });
    expect(parsePhysicianName('DOE, JOHN III DO')).toMatchObject({
      last: 'Doe',
      first: 'John',
      suffix: 'III',
      credentials: ['DO'],
    });
    expect(parsePhysicianName('John Doe Sr')).toMatchObject({ suffix: 'Sr.' });
    expect(parsePhysicianName('Henry Ford II')).toMatchObject({ last: 'Ford', suffix: 'II' });
  });

  it('reads credential-like family names as names when nothing else is left', () => {
    expect(parsePhysicianName('Van Do')).toMatchObject({ first: 'Van', last: 'Do', credentials: [] });
    expect(parsePhysicianName('JAMES J MA')).toMatchObject({ first: 'James', middle: 'J', last: 'Ma' });
  });
});

describe('parsePhysicianName: compound names and casing', () => {
  it.each([
    ['Pieter van der Berg', 'van der Berg'],
    ['Maria de la Cruz, MD', 'de la Cruz'],
    ['Ana García-López', 'García-López'],
    ["Sean O'Brien", "O'Brien"],
    ['Ronald McDonald', 'McDonald'],
    ["O'BRIEN, SEAN", "O'Brien"],
    ['MCDONALD, RONALD', 'McDonald'],
    ['DE LA CRUZ, MARIA', 'de la Cruz'],
    ['GARCÍA-LÓPEZ, ANA', 'García-López'],
    ['Anh Van Nguyen', 'Nguyen'],
  ])('%s → %s', (text, last) => {
    expect(parsePhysicianName(text)?.last).toBe(last);
  });

  it('keeps the casing of mixed-case input', () => {
    expect(parsePhysicianName('Vincent Van Gogh')).toMatchObject({ first: 'Vincent', last: 'Van Gogh' });
    expect(parsePhysicianName('DeShawn McKINNEY')).toMatchObject({ first: 'DeShawn', last: 'McKINNEY' });
  });
});

describe('parsePhysicianName: messy selections', () => {
  it('joins line breaks and tabs, drops trailing punctuation', () => {
    expect(parsePhysicianName('Dr. Jane\n\tSmith,\n')).toMatchObject({ prefix: 'Dr.', first: 'Jane', last: 'Smith' });
    expect(parsePhysicianName('Jane Smith.')).toMatchObject({ last: 'Smith' });
  });

  it('drops a label before the name', () => {
    expect(parsePhysicianName('Referring Provider: SMITH, JANE Q MD')).toMatchObject({ first: 'Jane', last: 'Smith' });
    expect(parsePhysicianName('PCP: Dr. John Doe')).toMatchObject({ first: 'John', last: 'Doe' });
  });

  it('takes a valid NPI beside the name and ignores an invalid one', () => {
    expect(parsePhysicianName('Jane Smith, MD (NPI 1234567893)')).toEqual(
      name({ first: 'Jane', last: 'Smith', credentials: ['MD'], npi: '1234567893' }),
    );
    expect(parsePhysicianName('Jane Smith MD NPI: 1234567893')?.npi).toBe('1234567893');
    expect(parsePhysicianName('Jane Smith MD\nNPI 1234567893')?.npi).toBe('1234567893');
    // A wrong check digit is not an NPI: the name is still offered, without one.
    expect(parsePhysicianName('Jane Smith (NPI 1234567890)')).toEqual(name({ first: 'Jane', last: 'Smith' }));
  });

  it('drops a nickname in quotes or brackets', () => {
    expect(parsePhysicianName('Robert "Bob" Jones, DO')).toEqual(
      name({ first: 'Robert', last: 'Jones', credentials: ['DO'] }),
    );
    expect(parsePhysicianName('Robert (Bob) Jones')).toMatchObject({ first: 'Robert', middle: '', last: 'Jones' });
    expect(parsePhysicianName('Robert Jones (MD)')).toMatchObject({ last: 'Jones', credentials: ['MD'] });
    expect(parsePhysicianName('Dr. Smith')).toMatchObject({ prefix: 'Dr.', first: '', last: 'Smith' });
  });

  it('stops at a specialty or practice after the name', () => {
    expect(parsePhysicianName('Jane A. Smith, MD — Cardiology, Lakeside Heart')).toMatchObject({ last: 'Smith' });
    expect(parsePhysicianName('Dr. Jane Smith\nCardiology\nLakeside Heart')).toMatchObject({ last: 'Smith' });
    expect(parsePhysicianName('Jane Smith MD Internal Medicine')).toMatchObject({ last: 'Smith', credentials: ['MD'] });
  });
});

describe('parsePhysicianNames', () => {
  it('offers each of several names', () => {
    expect(parsePhysicianNames('Drs. Smith and Jones').map((n) => [n.prefix, n.last])).toEqual([
      ['Dr.', 'Smith'],
      ['Dr.', 'Jones'],
    ]);
    expect(parsePhysicianNames('Jane Smith, MD\nJohn Doe, DO\n').map((n) => n.last)).toEqual(['Smith', 'Doe']);
    expect(parsePhysicianNames('SMITH, JANE; DOE, JOHN Q').map((n) => n.first)).toEqual(['Jane', 'John']);
    expect(parsePhysicianName('Drs. Smith and Jones')?.last).toBe('Smith');
  });

  it('keeps a name broken over lines as one', () => {
    expect(parsePhysicianNames('Mr.\r\nPaul\rJoseph\nMaria\tWinters')).toEqual([
      name({ prefix: 'Mr.', first: 'Paul', middle: 'Joseph Maria', last: 'Winters' }),
    ]);
  });
});

describe('parsePhysicianName: not a name', () => {
  it.each([
    [''],
    ['   \n\t '],
    ['The patient was seen today and will follow up with cardiology next week.'],
    ['please call the office'],
    ['<b>Jane Smith</b>'],
    ['<script>alert(1)</script>'],
    ['function f() { return 1; }'],
    ['jane.smith@example.org'],
    ['Cardiology'],
    ['Smith'],
    ['12345'],
    ['MD, PhD'],
  ])('%j', (text) => {
    expect(parsePhysicianName(text)).toBeNull();
    expect(parsePhysicianNames(text)).toEqual([]);
  });

  it('returns quickly for 10 KB and 100 KB selections', () => {
    const prose = 'Jane Smith MD saw the patient. '.repeat(4000);
    const spaces = `Jane${' '.repeat(100_000)}x`;
    const commas = ','.repeat(100_000);
    const started = performance.now();
    for (const text of [prose.slice(0, 10_000), prose, spaces, commas, 'A '.repeat(50_000)]) {
      expect(parsePhysicianName(text)).toBeNull();
    }
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('stays linear on the longest accepted selection', () => {
    const worst = `${'Dr. '.repeat(100)}${' ,'.repeat(300)}${'a'.repeat(500)}`.slice(0, 2000);
    const started = performance.now();
    parsePhysicianNames(worst);
    parsePhysicianNames('Jane Smith\n'.repeat(180));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
