import { afterEach, describe, expect, it } from 'vitest';
import { authorState } from '../../storage/team/author';
import { freshDatabase, repositories } from '../../tests/db';
import { conflictVersions, resolveConflict } from './conflicts';
import { applyChanges } from './inbound';
import { drainOutbox } from './outbox';
import { localReplica, type TeamPouch } from './pouch';
import { fromDoc, toDoc } from './team-docs';

/** The outbox, the inbound applier and conflicts with the real PouchDB (indexeddb adapter on fake-indexeddb). */
const replicas: TeamPouch[] = [];
const replica = () => {
  const db = localReplica(`test-replica-${crypto.randomUUID()}`);
  replicas.push(db);
  return db;
};
afterEach(async () => {
  authorState.name = '';
  await Promise.all(replicas.splice(0).map((r) => r.destroy()));
});

const all = async (local: TeamPouch) =>
  (await local.allDocs({ include_docs: true })).rows.map((r: { doc: Record<string, unknown> }) => r.doc);

describe('documents', () => {
  it('withholds patient information and parses every server document, naming what is wrong', async () => {
    const db = await freshDatabase();
    const [p] = await repositories(db).physicians.createMany([{ last: 'Okafor' }]);
    const outreach = await repositories(db).outreach.create({
      type: 'visit',
      at: '2026-01-05T09:00:00.000Z',
      physicianIds: [String(p?.id)],
      sensitive: { notes: 'MRN 4417' },
    });
    const doc = toDoc('outreach', outreach);
    expect(JSON.stringify(doc)).not.toContain('MRN 4417');
    expect(doc.withheld).toEqual(['sensitive']);
    expect(fromDoc(doc)).toMatchObject({ ok: true, table: 'outreach' });
    expect(fromDoc({ ...doc, row: { ...doc.row, type: 'teleport' } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outreach:.*not a valid outreach record \(type: /),
    });
    expect(fromDoc({ ...doc, table: 'portals' })).toMatchObject({ ok: false, reason: /unknown table "portals"/ });
    expect(fromDoc({ ...doc, _id: 'outreach:someone-else' })).toMatchObject({ ok: false, reason: /does not match/ });
  });
});

describe('outbox and inbound applier', () => {
  it('pushes what a liaison writes once, with who wrote it, and does not echo server rows back', async () => {
    const db = await freshDatabase();
    const local = replica();
    authorState.name = 'alice';
    const p = await repositories(db).physicians.create({ last: 'Okafor' });
    expect(p.id).toBeTruthy();
    expect((await db.physicians.get(p.id))?.createdBy).toBe('alice');
    expect(await db.syncOutbox.count()).toBe(1);
    expect(await drainOutbox(db, local as never, 'alice')).toBe(1);
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await drainOutbox(db, local as never, 'alice')).toBe(0);
    const [doc] = await all(local);
    expect(doc).toMatchObject({
      _id: `physicians:${p.id}`,
      table: 'physicians',
      row: { createdBy: 'alice', last: 'Okafor' },
    });

    // Bob's edit arrives from the server: applied without an author stamp or an outbox row (no echo).
    await local.put({ ...doc, row: { ...(doc?.row as object), specialty: 'Cardiology', updatedBy: 'bob' } });
    const batch = await applyChanges(db, local as never, 0);
    expect(batch.quarantined).toEqual([]);
    const stored = await db.physicians.get(p.id);
    expect([stored?.specialty, stored?.createdBy, stored?.updatedBy]).toEqual(['Cardiology', 'alice', 'bob']);
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('quarantines a malformed server document with a clear reason and writes nothing of it', async () => {
    const db = await freshDatabase();
    const local = replica();
    const id = crypto.randomUUID();
    await local.put({ _id: `physicians:${id}`, table: 'physicians', row: { id, last: 42 }, withheld: [] });
    await local.put({ _id: '_design/rounds', validate_doc_update: 'function(){}' });
    const batch = await applyChanges(db, local as never, 0);
    expect(batch.quarantined).toEqual([
      { id: `physicians:${id}`, reason: expect.stringMatching(/not a valid physicians record \(.*last/) },
    ]);
    expect(await db.physicians.count()).toBe(0);
  });

  it('keeps this browser’s patient information when a server copy (without it) arrives', async () => {
    const db = await freshDatabase();
    const local = replica();
    authorState.name = 'alice';
    const p = await repositories(db).physicians.create({ last: 'Okafor' });
    const o = await repositories(db).outreach.create({
      type: 'call',
      at: '2026-01-05T09:00:00.000Z',
      physicianIds: [p.id],
      sensitive: { notes: 'MRN 4417' },
    });
    await drainOutbox(db, local as never, 'alice');
    const doc = (await all(local)).find((d) => d._id === `outreach:${o.id}`) as Record<string, unknown>;
    await local.put({ ...doc, row: { ...(doc.row as object), location: '4 West' } });
    await applyChanges(db, local as never, 0);
    const stored = await db.outreach.get(o.id);
    expect([stored?.location, stored?.sensitive.notes]).toEqual(['4 West', 'MRN 4417']);
  });

  it('does not let a server copy overwrite an edit that is not replicated yet', async () => {
    const db = await freshDatabase();
    const local = replica();
    authorState.name = 'alice';
    const p = await repositories(db).physicians.create({ last: 'Okafor' });
    await drainOutbox(db, local as never, 'alice');
    const [doc] = await all(local);
    await repositories(db).physicians.update(p.id, { specialty: 'Mine' });
    await local.put({ ...doc, row: { ...(doc?.row as object), specialty: 'Theirs', updatedBy: 'bob' } });
    await applyChanges(db, local as never, 0);
    expect((await db.physicians.get(p.id))?.specialty).toBe('Mine');
  });
});

describe('conflicts', () => {
  it('shows both versions, keeps the chosen one as the next revision, and closes the other branch', async () => {
    const db = await freshDatabase();
    const local = replica();
    authorState.name = 'alice';
    const p = await repositories(db).physicians.create({ last: 'Okafor', specialty: 'A' });
    await drainOutbox(db, local as never, 'alice');
    const [doc] = (await all(local)) as { _id: string; _rev: string; row: Record<string, unknown> }[];
    if (!doc) throw new Error('no doc');
    const base = Number(doc._rev.split('-')[0]);
    const sibling = (hash: string, specialty: string, by: string) => ({
      ...doc,
      _rev: `${base + 1}-${hash}`,
      _revisions: { start: base + 1, ids: [hash, doc._rev.split('-')[1]] },
      row: { ...doc.row, specialty, updatedBy: by },
    });
    await (local as unknown as { bulkDocs(d: object[], o: object): Promise<unknown> }).bulkDocs(
      [sibling('a'.repeat(32), 'Cardiology', 'alice'), sibling('b'.repeat(32), 'Oncology', 'bob')],
      { new_edits: false },
    );
    const batch = await applyChanges(db, local as never, 0);
    expect(batch.conflicted).toEqual([doc._id]);
    const versions = await conflictVersions(local as never, doc._id);
    expect(versions.map((v) => v.row.specialty).sort()).toEqual(['Cardiology', 'Oncology']);
    const loser = versions[1];
    if (!loser) throw new Error('no second version');
    await resolveConflict(local as never, doc._id, loser.rev, { author: 'alice', at: '2026-01-06T00:00:00.000Z' });
    expect(await conflictVersions(local as never, doc._id)).toEqual([]);
    const kept = (await local.get(doc._id)) as { discarded?: { row: { specialty: string } }[] };
    expect(kept.discarded?.map((d) => d.row.specialty)).toEqual([versions[0]?.row.specialty]);
    const after = await applyChanges(db, local as never, batch.lastSeq);
    expect(after.settled).toContain(doc._id);
    expect((await db.physicians.get(p.id))?.specialty).toBe(loser.row.specialty);
  });
});
