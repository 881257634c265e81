import { afterEach, describe, expect, it } from 'vitest';
import { startCutProxy } from '../../dev/team/cut-proxy';
import { setupTeam } from '../../dev/team/setup-team';
import { freePort, type RunningServer, startTeamServer } from '../../dev/team/team-server';
import { authorState } from '../../storage/team/author';
import { freshDatabase, repositories } from '../../tests/db';
import { applyChanges } from './inbound';
import { drainOutbox } from './outbox';
import { localReplica, PouchDB, type TeamPouch, unreachable } from './pouch';
import { pausedStatus } from './status';

/** Faults with the real engine: PouchDB (fake-indexeddb) replicating to pouchdb-server on 127.0.0.1. */
let server: RunningServer | undefined;
const replicas: TeamPouch[] = [];
afterEach(async () => {
  authorState.name = '';
  await Promise.all(replicas.splice(0).map((r) => r.destroy().catch(() => undefined)));
  await server?.stop();
  server = undefined;
});

const replica = () => {
  const r = localReplica(`fault-replica-${crypto.randomUUID()}`);
  replicas.push(r);
  return r;
};
/** The remote team database as an administrator (the header is read at each request: the server may start later). */
const remoteAt = (url: string) =>
  new PouchDB(url, {
    skip_setup: true,
    fetch: (input: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      if (server) headers.set('Authorization', server.authorization);
      return PouchDB.fetch(input, { ...init, headers }).catch(unreachable);
    },
  });
const serverIds = async (url: string) => {
  const r = await fetch(`${url}/_all_docs`, { headers: { Authorization: server?.authorization ?? '' } });
  const body = (await r.json()) as { rows: { id: string }[] };
  return body.rows.map((row) => row.id).filter((id) => !id.startsWith('_design/'));
};

describe('team sync faults', () => {
  it('server down during sync: reported as offline, and everything goes up once it is back (0 lost)', async () => {
    const db = await freshDatabase();
    const local = replica();
    authorState.name = 'alice';
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/team-fault`;
    const remote = remoteAt(url);
    const states: string[] = [];
    const sync = local
      .sync(remote, { live: true, retry: true, back_off_function: () => 200 })
      .on('paused', (e: unknown) => void pausedStatus(remote, e).then((s) => states.push(s.state ?? '')));
    const [p] = await repositories(db).physicians.createMany([{ last: 'Okafor' }]);
    await repositories(db).outreach.createMany(
      Array.from({ length: 50 }, (_, i) => ({
        type: 'call' as const,
        at: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
        physicianIds: [String(p?.id)],
      })),
    );
    await drainOutbox(db, local as never, 'alice');
    await new Promise((r) => setTimeout(r, 1_000));
    // PouchDB pauses without an error while it retries: the status asks the server before saying "synced".
    expect(states.length, 'the replicator paused').toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['offline']));

    server = await startTeamServer({ port });
    await setupTeam(server, 'team-fault', [], { validate: false });
    const deadline = Date.now() + 20_000;
    let ids: string[] = [];
    while (Date.now() < deadline) {
      ids = await serverIds(`http://127.0.0.1:${port}/team-fault`);
      if (ids.length >= 51) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    while (states.at(-1) !== 'synced' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    sync.cancel();
    expect(states.at(-1)).toBe('synced');
    expect(ids.length).toBe(51);
    expect(new Set(ids).size).toBe(51);
  }, 40_000);

  it('10,000 outreach entries from A reach a fresh B through the server: 0 lost, 0 duplicated', async () => {
    server = await startTeamServer();
    await setupTeam(server, 'team-10k', [], { validate: false });
    const url = `${server.url}/team-10k`;
    const dbA = await freshDatabase();
    const a = replica();
    authorState.name = 'alice';
    const [p] = await repositories(dbA).physicians.createMany([{ last: 'Okafor' }]);
    const entries = await repositories(dbA).outreach.createMany(
      Array.from({ length: 10_000 }, (_, i) => ({
        type: 'visit' as const,
        at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        physicianIds: [String(p?.id)],
      })),
    );
    const started = performance.now();
    expect(await drainOutbox(dbA, a as never, 'alice')).toBe(10_001);
    const drained = performance.now();
    await a.replicate.to(remoteAt(url), { batch_size: 500 });
    const pushed = performance.now();

    const dbB = await freshDatabase();
    const b = replica();
    await b.replicate.from(remoteAt(url), { batch_size: 500 });
    const pulled = performance.now();
    let since: string | number = 0;
    for (;;) {
      const batch = await applyChanges(dbB, b as never, since, 1_000);
      expect(batch.quarantined).toEqual([]);
      since = batch.lastSeq;
      if (!batch.more) break;
    }
    const applied = performance.now();
    const got = await dbB.outreach.toArray();
    expect(got.length).toBe(10_000);
    expect(new Set(got.map((o) => o.id))).toEqual(new Set(entries.map((e) => e.id)));
    expect((await serverIds(url)).length).toBe(10_001);
    console.info(
      `10,000 outreach + 1 physician: drain ${Math.round(drained - started)} ms, push ${Math.round(pushed - drained)} ms, ` +
        `pull ${Math.round(pulled - pushed)} ms, apply ${Math.round(applied - pulled)} ms (fake-indexeddb, pouchdb-server in memory)`,
    );
  }, 240_000);

  it('network cut in the middle of replication: it resumes when the network is back, 0 lost, 0 duplicated', async () => {
    server = await startTeamServer();
    await setupTeam(server, 'team-cut', [], { validate: false });
    const proxy = await startCutProxy({ host: '127.0.0.1', port: Number(new URL(server.url).port) });
    const db = await freshDatabase();
    const local = replica();
    authorState.name = 'alice';
    const [p] = await repositories(db).physicians.createMany([{ last: 'Okafor' }]);
    await repositories(db).outreach.createMany(
      Array.from({ length: 2_000 }, (_, i) => ({
        type: 'call' as const,
        at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        physicianIds: [String(p?.id)],
      })),
    );
    await drainOutbox(db, local as never, 'alice');
    const url = `http://127.0.0.1:${proxy.port}/team-cut`;
    const direct = `${server.url}/team-cut`;
    const sync = local.sync(remoteAt(url), { live: true, retry: true, batch_size: 50, back_off_function: () => 200 });
    try {
      const deadline = Date.now() + 60_000;
      while ((await serverIds(direct)).length < 200 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      await proxy.cut();
      const atCut = (await serverIds(direct)).length;
      expect(atCut, 'cut in the middle').toBeLessThan(2_001);
      await new Promise((r) => setTimeout(r, 1_000));
      await proxy.restore();
      let ids: string[] = [];
      while (Date.now() < deadline) {
        ids = await serverIds(direct);
        if (ids.length >= 2_001) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(ids.length).toBe(2_001);
      expect(new Set(ids).size).toBe(2_001);
      console.info(`network cut after ${atCut} of 2,001 documents; all there after the network came back`);
    } finally {
      sync.cancel();
      await proxy.close();
    }
  }, 90_000);
});
