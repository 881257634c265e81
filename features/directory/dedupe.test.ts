import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoundsDatabase } from '../../storage/database';
import { type Repositories, repositories } from '../../storage/repositories';
import type { PhysicianInput } from '../../storage/schemas';
import { parsePhysicianName } from '../names/parse-name';
import { describeCandidate, findDuplicateCandidates, hasKnownNpi } from './dedupe';

let db: RoundsDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  repos = repositories(db);
});

afterEach(async () => {
  await db.delete();
});

const add = (input: PhysicianInput) => repos.physicians.create(input);
const names = (candidates: Awaited<ReturnType<typeof findDuplicateCandidates>>) =>
  candidates.map((c) => [`${c.physician.first} ${c.physician.last}`, c.reason]);

describe('findDuplicateCandidates', () => {
  it('puts the record with the same NPI first, whatever its name', async () => {
    await add({ first: 'Jane', last: 'Smith' });
    const known = await add({ first: 'J', last: 'Smith-Jones', npi: '1234567893' });
    const parsed = parsePhysicianName('SMITH, JANE Q MD (NPI 1234567893)');
    if (!parsed) throw new Error('no parse');
    const candidates = await findDuplicateCandidates(db, parsed);
    expect(candidates[0]?.physician.id).toBe(known.id);
    expect(candidates[0]?.reason).toBe('same-npi');
    expect(hasKnownNpi(candidates)).toBe(true);
    expect(names(candidates)).toEqual([
      ['J Smith-Jones', 'same-npi'],
      ['Jane Smith', 'same-name'],
    ]);
  });

  it('matches folded family names and compatible given names, not other people', async () => {
    await add({ first: 'José', last: 'García-López' });
    await add({ first: 'J.', last: 'Garcia-Lopez' });
    await add({ first: 'Pepe', last: 'García-López' });
    await add({ first: 'José', last: 'García' });
    const candidates = await findDuplicateCandidates(db, { first: 'Jose', middle: '', last: 'GARCIA-LOPEZ' });
    expect(names(candidates)).toEqual([
      ['José García-López', 'same-name'],
      ['J. Garcia-Lopez', 'same-initial'],
    ]);
  });

  it('knows common short forms and offers every same-named record when the given name is unknown', async () => {
    await add({ first: 'Robert', last: 'Jones' });
    await add({ first: 'Alice', last: 'Jones' });
    expect(names(await findDuplicateCandidates(db, { first: 'Bob', middle: '', last: 'Jones' }))).toEqual([
      ['Robert Jones', 'name-variant'],
    ]);
    expect(await findDuplicateCandidates(db, { first: '', middle: '', last: 'Jones' })).toHaveLength(2);
  });

  it('ranks the same practice higher and a conflicting middle initial lower', async () => {
    const practice = await repos.practices.create({ name: 'Lakeside Heart' });
    const elsewhere = await add({ first: 'Jane', middle: 'B', last: 'Smith' });
    const there = await add({ first: 'Jane', last: 'Smith', practiceId: practice.id });
    const differentMiddle = await add({ first: 'Jane', middle: 'Xena', last: 'Smith' });
    const candidates = await findDuplicateCandidates(
      db,
      { first: 'Jane', middle: 'B.', last: 'Smith' },
      { practiceId: practice.id },
    );
    expect(candidates.map((c) => c.physician.id)).toEqual([there.id, elsewhere.id, differentMiddle.id]);
    expect(candidates[0]?.samePractice).toBe(true);
  });

  it('skips deleted records and records with a different NPI', async () => {
    const gone = await add({ first: 'Jane', last: 'Smith' });
    await repos.physicians.softDelete(gone.id);
    await add({ first: 'Jane', last: 'Smith', npi: '1720377294' });
    expect(await findDuplicateCandidates(db, { first: 'Jane', middle: '', last: 'Smith', npi: '1234567893' })).toEqual(
      [],
    );
    expect(await findDuplicateCandidates(db, { first: 'Jane', middle: '', last: 'Smith' })).toHaveLength(1);
  });

  it('re-exports describeCandidate for the chooser', async () => {
    const p = await add({
      first: 'Jane',
      middle: 'A',
      last: 'Smith',
      credentials: ['MD'],
      specialty: 'Cardiology',
      practiceName: 'Lakeside Heart',
    });
    expect(describeCandidate(p)).toBe('Jane A. Smith, MD — Cardiology, Lakeside Heart');
  });
});
