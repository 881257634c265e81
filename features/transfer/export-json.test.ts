import { describe, expect, it } from 'vitest';
import { repositories } from '../../storage/repositories';
import { useScratchDatabases } from '../../tests/transfer-db';
import { exportJson } from './export-json';
import { exportFileName, exportVersion } from './format';

const freshDb = useScratchDatabases();
const on = (day: string) => () => new Date(`${day}T12:00:00Z`);
type Data = Record<string, { id: string }[]>;
const idsOf = async (blob: Blob) => {
  const data = (JSON.parse(await blob.text()) as { data: Data }).data;
  return Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, rows.map((r) => r.id).sort()]));
};

/** Two physicians, each with a practice, a note, a referral, an outreach and a follow-up, made on different days. */
async function seed() {
  const db = await freshDb();
  const make = async (day: string, last: string) => {
    const repo = repositories(db, on(day));
    const practice = await repo.practices.create({ name: `${last} Clinic` });
    const physician = await repo.physicians.create({ last, practiceId: practice.id });
    const note = await repo.notes.create({ physicianIds: [physician.id], sensitive: { body: 'hi' } });
    const referral = await repo.referrals.create({ physicianId: physician.id, receivedAt: `${day}T09:00:00Z` });
    const outreach = await repo.outreach.create({
      physicianIds: [physician.id],
      type: 'visit',
      at: `${day}T10:00:00Z`,
    });
    const followUp = await repo.followUps.create({ dueDate: day, referralId: referral.id });
    return { practice, physician, note, referral, outreach, followUp };
  };
  return { db, a: await make('2025-01-10', 'Able'), b: await make('2025-03-10', 'Baker') };
}

describe('exportJson', () => {
  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2025, 0, 5, 23, 59))).toBe('rounds-export-2025-01-05.json');
  });

  it('exports everything, soft-deleted rows included, with counts and progress', async () => {
    const { db, a } = await seed();
    await repositories(db).notes.softDelete(a.note.id);
    const calls: [number, number, string][] = [];
    const result = await exportJson(db, { onProgress: (...args) => calls.push(args) });
    const file = JSON.parse(await result.blob.text());
    expect(file).toMatchObject({
      format: 'rounds-export',
      version: exportVersion,
      counts: { notes: 2, physicians: 2 },
    });
    expect(file.data.notes.find((n: { id: string }) => n.id === a.note.id).deletedAt).not.toBeNull();
    expect(calls.at(-1)).toEqual([12, 12, 'done']);
    expect(calls.every(([done, total]) => done <= total)).toBe(true);
  });

  it('a date range takes records created, changed or happening in it, plus who they are about', async () => {
    const { db, a, b } = await seed();
    await repositories(db, on('2025-03-11')).practices.update(a.practice.id, { name: 'Able Renamed' });
    const result = await exportJson(db, { scope: { kind: 'dates', from: '2025-03-01', to: '2025-03-31' } });
    const ids = await idsOf(result.blob);
    expect(ids.notes).toEqual([b.note.id]);
    expect(ids.followUps).toEqual([b.followUp.id]);
    expect(ids.physicians).toEqual([b.physician.id]);
    expect(ids.practices).toEqual([a.practice.id, b.practice.id].sort());
    expect(ids.settings).toEqual([]);
  });

  it('selected physicians come with their practice, notes, referrals, outreach and follow-ups', async () => {
    const { db, a } = await seed();
    const ids = await idsOf((await exportJson(db, { scope: { kind: 'physicians', ids: [a.physician.id] } })).blob);
    expect(ids).toEqual({
      physicians: [a.physician.id],
      practices: [a.practice.id],
      notes: [a.note.id],
      referrals: [a.referral.id],
      outreach: [a.outreach.id],
      followUps: [a.followUp.id],
      portals: [],
      settings: [],
      dayPlans: [],
      programs: [],
      events: [],
    });
  });

  it('writes rows of older versions in the current shape, and reports rows that no longer pass', async () => {
    const { db, a } = await seed();
    const { tags: _dropped, ...older } = a.practice;
    await db.practices.put(older as typeof a.practice);
    await db.physicians.put({ ...a.physician, last: '' });
    const result = await exportJson(db);
    const file = JSON.parse(await result.blob.text());
    expect(file.data.practices.find((p: { id: string }) => p.id === a.practice.id).tags).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/^physicians\[\d\]\.last: a last name is required$/)]);
  });
});
