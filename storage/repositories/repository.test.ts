import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories, steppingClock } from '../../tests/db';
import { ValidationError } from '../validation';

describe('repositories', () => {
  it('creates a physician with system fields and index tokens', async () => {
    const repos = repositories(await freshDatabase(), steppingClock());
    const p = await repos.physicians.create({
      first: 'José',
      last: 'García-López',
      credentials: ['MD'],
      npi: '1234567893',
    });
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.createdAt).toBe(p.updatedAt);
    expect(p.deletedAt).toBeNull();
    expect(p.nameTokens).toEqual(expect.arrayContaining(['jose', 'garcia-lopez', 'garcia', 'lopez']));
    expect(await repos.physicians.get(p.id)).toEqual(p);
  });

  it('rejects a wrong NPI check digit and a missing last name, naming the field', async () => {
    const repos = repositories(await freshDatabase());
    await expect(repos.physicians.create({ last: 'Smith', npi: '1234567898' })).rejects.toThrow(
      /npi: This NPI has a wrong check digit/,
    );
    const error = await repos.physicians.create({ last: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual(['last: a last name is required']);
  });

  it('updates a field without losing the others, and bumps updatedAt', async () => {
    const repos = repositories(await freshDatabase(), steppingClock());
    const p = await repos.physicians.create({ first: 'Jane', last: 'Smith', specialty: 'Cardiology' });
    const q = await repos.physicians.update(p.id, { phone: '555-0100' });
    expect(q.specialty).toBe('Cardiology');
    expect(q.phone).toBe('555-0100');
    expect(q.createdAt).toBe(p.createdAt);
    expect(q.updatedAt > p.updatedAt).toBe(true);
    await expect(repos.physicians.update(p.id, { npi: '1' })).rejects.toThrow(/npi/);
    expect((await repos.physicians.get(p.id))?.phone).toBe('555-0100');
  });

  it('soft-deletes and restores (undo)', async () => {
    const repos = repositories(await freshDatabase(), steppingClock());
    const p = await repos.physicians.create({ last: 'Jones' });
    await repos.physicians.softDelete(p.id);
    expect(await repos.physicians.get(p.id)).toBeUndefined();
    expect((await repos.physicians.get(p.id, { includeDeleted: true }))?.deletedAt).not.toBeNull();
    expect(await repos.physicians.list()).toEqual([]);
    await repos.physicians.restore(p.id);
    expect((await repos.physicians.list()).map((r) => r.id)).toEqual([p.id]);
  });

  it('lists most recently updated first, with limit and offset', async () => {
    const repos = repositories(await freshDatabase(), steppingClock());
    for (const last of ['A', 'B', 'C']) await repos.physicians.create({ last });
    expect((await repos.physicians.list()).map((p) => p.last)).toEqual(['C', 'B', 'A']);
    expect((await repos.physicians.list({ offset: 1, limit: 1 })).map((p) => p.last)).toEqual(['B']);
  });

  it('keeps page keys and patient-facing text apart on notes and referrals', async () => {
    const repos = repositories(await freshDatabase(), steppingClock());
    const doc = await repos.physicians.create({ last: 'Smith' });
    const page = {
      origin: 'https://ehr.example.org',
      path: '/referrals',
      title: 'Queue',
      key: 'https://ehr.example.org/referrals?id=7',
    };
    const n = await repos.notes.create({ physicianIds: [doc.id], page, sensitive: { body: 'Prefers fax' } });
    expect(n.pageKey).toBe(page.key);
    const r = await repos.referrals.create({
      physicianId: doc.id,
      receivedAt: '2026-01-02T10:00:00.000Z',
      sensitive: { patientRef: 'J.D.', notes: '' },
    });
    expect(r.history).toEqual([{ status: 'received', at: '2026-01-02T10:00:00.000Z', reason: '' }]);
  });

  it('requires an outreach to be with someone', async () => {
    const repos = repositories(await freshDatabase());
    await expect(repos.outreach.create({ type: 'visit', at: '2026-01-02T10:00:00.000Z' })).rejects.toThrow(
      /physicianIds: an outreach is with at least one physician or a practice/,
    );
  });
});

describe('createMany', () => {
  it('stores all rows or none, naming the bad one', async () => {
    const db = await freshDatabase();
    const repos = repositories(db);
    await expect(repos.physicians.createMany([{ last: 'A' }, { last: 'B', npi: '1234567898' }])).rejects.toThrow(
      /\[1\]\.npi: This NPI has a wrong check digit/,
    );
    expect(await db.physicians.count()).toBe(0);
    expect(await repos.physicians.createMany([{ last: 'A' }, { last: 'B' }])).toHaveLength(2);
    expect(await db.physicians.count()).toBe(2);
  });
});
