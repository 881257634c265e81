import { describe, expect, it, vi } from 'vitest';
import { generateData } from '../../dev/generators/generate-transfer-data';
import { repositories } from '../../storage/repositories';
import { exportText, useScratchDatabases } from '../../tests/transfer-db';
import { analyzeImport } from './import-analyze';
import { commitImport } from './import-commit';
import type { ImportError } from './import-error';

const freshDb = useScratchDatabases();
const at = (day: string) => () => new Date(`${day}T12:00:00Z`);
const npi = '1234567893';

/** A file whose one physician has `npi` under another id, with a note, referral, outreach and follow-up on him. */
function fileWithPhysician(overrides: Record<string, unknown> = {}) {
  const d = generateData(11, { physicians: 2, notes: 1, referrals: 1, outreach: 1, followUps: 1 });
  const [p, other] = d.physicians as [(typeof d.physicians)[0], (typeof d.physicians)[0]];
  const physician = { ...p, npi, last: 'Wiebe', updatedAt: '2025-02-01T00:00:00.000Z', deletedAt: null, ...overrides };
  const otherPhysician = { ...other, npi: undefined };
  return {
    physician,
    text: exportText({
      physicians: [physician, otherPhysician],
      notes: d.notes.map((n) => ({ ...n, physicianIds: [p.id, other.id] })),
      referrals: d.referrals.map((r) => ({ ...r, physicianId: p.id })),
      outreach: d.outreach.map((o) => ({ ...o, physicianIds: [p.id, p.id] })),
      followUps: d.followUps.map((f) => ({ ...f, physicianId: p.id })),
    }),
  };
}

describe('import rules', () => {
  it('merges a physician with the same NPI into the stored one and re-points what hangs on him', async () => {
    const db = await freshDb();
    const stored = await repositories(db, at('2025-01-01')).physicians.create({ last: 'Wiebe', first: 'D', npi });
    const { physician, text } = fileWithPhysician({ first: 'David' });
    const analysis = await analyzeImport(db, text);
    expect(analysis.merges).toEqual([{ npi, fromId: physician.id, intoId: stored.id }]);
    expect(analysis.preview.physicians).toEqual({ new: 1, updated: 1, unchanged: 0, conflicting: 0 });
    await commitImport(db, analysis);
    expect(await db.physicians.where('npi').equals(npi).toArray()).toMatchObject([{ id: stored.id, first: 'David' }]);
    // The merged record is as old as the older of the two.
    expect((await db.physicians.get(stored.id))?.createdAt).toBe(physician.createdAt);
    const [note] = await db.notes.toArray();
    expect(note?.physicianIds[0]).toBe(stored.id);
    expect(note?.physicianIds).toHaveLength(2);
    expect((await db.referrals.toArray())[0]?.physicianId).toBe(stored.id);
    expect((await db.outreach.toArray())[0]?.physicianIds).toEqual([stored.id]);
    expect((await db.followUps.toArray())[0]?.physicianId).toBe(stored.id);
    expect(await db.physicians.get(physician.id)).toBeUndefined();
  });

  it('merges two physicians with one NPI inside the file, keeping the newer content', async () => {
    const db = await freshDb();
    const [a, b] = generateData(12, { physicians: 2 }).physicians as unknown as [{ id: string }, { id: string }];
    const older = { ...a, npi, first: 'Old', updatedAt: '2024-01-01T00:00:00.000Z' };
    const newer = { ...b, npi, first: 'New', updatedAt: '2025-01-01T00:00:00.000Z' };
    const analysis = await analyzeImport(db, exportText({ physicians: [older, newer] }));
    expect(analysis.writes.physicians).toMatchObject([{ id: a.id, first: 'New' }]);
    expect(analysis.merges).toEqual([{ npi, fromId: b.id, intoId: a.id }]);
  });

  it('keeps the newer copy in Rounds and reports the file’s as conflicting', async () => {
    const db = await freshDb();
    const repo = repositories(db, at('2025-06-01')).physicians;
    const stored = await repo.create({ last: 'Here', npi });
    const fileCopy = { ...stored, last: 'There', updatedAt: '2025-01-01T00:00:00.000Z' };
    const analysis = await analyzeImport(db, exportText({ physicians: [fileCopy] }));
    expect(analysis.preview.physicians).toEqual({ new: 0, updated: 0, unchanged: 0, conflicting: 1 });
    expect(analysis.conflicts[0]?.reason).toMatch(/kept the copy in Rounds: changed on 2025-06-01/);
    expect(analysis.totalWrites).toBe(0);
  });

  it('deleted records stay deleted unless the file’s copy is newer; deletes round-trip', async () => {
    const db = await freshDb();
    const repo = repositories(db, at('2025-03-01')).physicians;
    const p = await repo.create({ last: 'Gone' });
    const deleted = await repositories(db, at('2025-04-01')).physicians.softDelete(p.id);
    const stale = await analyzeImport(db, exportText({ physicians: [p] }));
    expect(stale.conflicts[0]?.reason).toMatch(/stays deleted: deleted in Rounds on 2025-04-01/);
    const revived = { ...p, last: 'Back', updatedAt: '2025-05-01T00:00:00.000Z' };
    expect((await analyzeImport(db, exportText({ physicians: [revived] }))).preview.physicians.updated).toBe(1);
    const q = await repo.create({ last: 'Alive' });
    const deletion = { ...q, deletedAt: '2025-05-01T00:00:00.000Z', updatedAt: '2025-05-01T00:00:00.000Z' };
    await commitImport(db, await analyzeImport(db, exportText({ physicians: [deletion] })));
    expect((await db.physicians.get(q.id))?.deletedAt).toBe('2025-05-01T00:00:00.000Z');
    expect((await analyzeImport(db, exportText({ physicians: [deleted] }))).preview.physicians.unchanged).toBe(1);
  });

  it('writes all or nothing', async () => {
    const db = await freshDb();
    const data = generateData(13, { physicians: 5, outreach: 5 });
    const analysis = await analyzeImport(db, exportText(data as unknown as Record<string, unknown[]>));
    const failing = (_done: number, _total: number, phase: string) => {
      if (phase === 'write outreach') throw new Error('disk full');
    };
    await expect(commitImport(db, analysis, failing)).rejects.toThrow('disk full');
    expect(await db.physicians.count()).toBe(0);
  });

  it('refuses a preview that is out of date', async () => {
    const db = await freshDb();
    const analysis = await analyzeImport(db, fileWithPhysician().text);
    await repositories(db).practices.create({ name: 'Meanwhile' });
    const error = (await commitImport(db, analysis).catch((e) => e)) as ImportError;
    expect(error.problem).toBe('changed-since-preview');
    expect(await db.physicians.count()).toBe(0);
  });

  it('commits in one read-write transaction over all tables with strict durability', async () => {
    const db = await freshDb();
    const analysis = await analyzeImport(db, fileWithPhysician().text);
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await commitImport(db, analysis);
    const writes = spy.mock.calls.filter((call) => call[1] === 'readwrite');
    spy.mockRestore();
    expect(writes).toHaveLength(1);
    expect([...((writes[0]?.[0] ?? []) as string[])].sort()).toEqual(
      [
        'dayPlans',
        // Widened by storage/directory-changes.ts: physician writes log their ids in the same transaction.
        'directoryChanges',
        'events',
        'followUps',
        'notes',
        'outreach',
        'physicians',
        'portals',
        'practices',
        'programs',
        'referrals',
        'settings',
        // Widened by storage/team/team-writes.ts: shared records' ids go to the team sync outbox.
        'syncOutbox',
      ].sort(),
    );
    expect(writes[0]?.[2]).toEqual({ durability: 'strict' });
  });
});
