import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTeam } from './setup-team';
import { type RunningServer, startTeamServer } from './team-server';

/** Attacks on the team database's rules, against the real server (pouchdb-server, or CouchDB with COUCH_URL). */
let server: RunningServer;
const db = `team-rules-${Date.now()}`;
const as = (name: string) => `Basic ${Buffer.from(`${name}:pw-${name}`).toString('base64')}`;
const put = async (user: string, doc: Record<string, unknown>) => {
  const r = await fetch(`${server.url}/${db}/${encodeURIComponent(String(doc._id))}`, {
    method: 'PUT',
    headers: { Authorization: as(user), 'Content-Type': 'application/json' },
    body: JSON.stringify(doc),
  });
  return { status: r.status, body: (await r.json()) as { rev?: string; reason?: string } };
};
const outreach = (id: string, by: string, createdBy = by, notes = '') => ({
  _id: `outreach:${id}`,
  table: 'outreach',
  row: { id, createdBy, updatedBy: by, type: 'visit', notes },
  withheld: ['sensitive'],
});

beforeAll(async () => {
  server = await startTeamServer();
  await setupTeam(server, db, [
    { name: 'alice', password: 'pw-alice', roles: ['liaison'] },
    { name: 'bob', password: 'pw-bob', roles: ['liaison'] },
    { name: 'mona', password: 'pw-mona', roles: ['manager'] },
    { name: 'carol', password: 'pw-carol', roles: [] },
  ]);
}, 60_000);
afterAll(async () => server?.stop());

describe('the team database (validate_doc_update and _security)', () => {
  it('lets a liaison write her own outreach and refuses another liaison rewriting it', async () => {
    const mine = await put('alice', outreach('o1', 'alice'));
    expect(mine.status).toBe(201);
    const rewrite = await put('bob', { ...outreach('o1', 'bob', 'alice', 'changed'), _rev: mine.body.rev });
    expect(rewrite.status).toBe(403);
    expect(rewrite.body.reason).toMatch(/append-only/);
    const removal = await put('bob', { _id: 'outreach:o1', _rev: mine.body.rev, _deleted: true });
    expect(removal.status).toBe(403);
    const again = await put('alice', { ...outreach('o1', 'alice', 'alice', 'mine'), _rev: mine.body.rev });
    expect(again.status).toBe(201);
  });

  it('refuses a write that names someone else as its author', async () => {
    expect((await put('bob', outreach('o2', 'alice'))).status).toBe(403);
    expect(
      (await put('bob', { ...outreach('o3', 'bob'), row: { id: 'o3', createdBy: 'alice', updatedBy: 'bob' } })).status,
    ).toBe(403);
  });

  it('lets any member edit a shared physician, keeping who created it', async () => {
    const doc = {
      _id: 'physicians:p1',
      table: 'physicians',
      row: { id: 'p1', createdBy: 'alice', updatedBy: 'alice' },
    };
    const first = await put('alice', doc);
    expect(first.status).toBe(201);
    const edit = { ...doc, _rev: first.body.rev, row: { id: 'p1', createdBy: 'alice', updatedBy: 'mona' } };
    expect((await put('mona', edit)).status).toBe(201);
    const steal = { ...doc, _rev: first.body.rev, row: { id: 'p1', createdBy: 'bob', updatedBy: 'bob' } };
    expect((await put('bob', steal)).status).toBe(403);
  });

  it('refuses a user without the liaison or manager role (403) and a wrong password (401)', async () => {
    // CouchDB 3 answers 403 to a signed-in non-member, pouchdb-server 401: both are a refusal Rounds names.
    const read = await fetch(`${server.url}/${db}/_all_docs`, { headers: { Authorization: as('carol') } });
    expect([401, 403]).toContain(read.status);
    expect([401, 403]).toContain((await put('carol', outreach('o9', 'carol'))).status);
    const wrong = await fetch(`${server.url}/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'alice', password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
  });

  it('refuses a member writing a design document', async () => {
    const evil = await put('alice', { _id: '_design/evil', validate_doc_update: 'function(){}' });
    expect([401, 403]).toContain(evil.status);
  });
});
