import { browser } from 'wxt/browser';
import { getDatabase } from '../../storage/database';
import { isSharedTable, outboxTable, sharedTables, wholeTable } from '../../storage/team/shared-tables';
import { readTeamSettings, type TeamSettings } from '../../storage/team/team-settings';
import { onCommittedWrites } from '../../storage/write-events';
import { applyChanges } from './inbound';
import { drainOutbox } from './outbox';
import { localReplica, remoteDatabase, type TeamPouch } from './pouch';
import { noteInbound, pausedStatus, reasonOf, setSyncStatus } from './status';

interface Running {
  key: string;
  author: string;
  local: TeamPouch;
  remote: TeamPouch;
  stop: () => void;
}

let running: Running | null = null;
let loop: Promise<void> = Promise.resolve();
let queued = false;
const seqDoc = '_local/rounds-inbound';
const report = (error: unknown) => console.error('[rounds] team sync', error);

/** The local replica of a team database: one per server and database. */
export const replicaName = (s: Pick<TeamSettings, 'server' | 'database'>) => `rounds-team:${s.server}/${s.database}`;

/** Outbox up into the replica, then the replica's new documents down into Rounds: one pass at a time. */
function schedule(): void {
  if (queued) return;
  queued = true;
  loop = loop
    .then(async () => {
      queued = false;
      const r = running;
      if (!r) return;
      const db = await getDatabase();
      await drainOutbox(db, r.local as never, r.author);
      const mark = await r.local
        .get(seqDoc)
        .catch(() => ({ _id: seqDoc, seq: 0 }) as { _id: string; seq: string | number });
      let since = (mark as { seq: string | number }).seq;
      for (;;) {
        const batch = await applyChanges(db, r.local as never, since);
        noteInbound(batch.quarantined, batch.conflicted, batch.settled);
        since = batch.lastSeq;
        if (!batch.more) break;
      }
      await r.local.put({ ...mark, seq: since } as never);
    })
    .catch(report);
}

/** Starts (or keeps) replication for the signed-in team; stops it when nobody is signed in. */
export async function startTeamSync(): Promise<void> {
  const settings = await readTeamSettings();
  if (!settings?.signedIn) {
    // Never set up: nothing is written (no team key appears in a browser that never used a team).
    if (running || settings) setSyncStatus({ state: 'off', reason: '' });
    stopTeamSync();
    return;
  }
  const key = `${replicaName(settings)}#${settings.username}`;
  if (running?.key === key) return;
  stopTeamSync();
  const db = await getDatabase();
  const local = localReplica(replicaName(settings));
  const remote = remoteDatabase(`${settings.server}/${settings.database}`);
  // A new replica: what this browser already holds (its directory, its outreach) is shared once, in full.
  const fresh = await local.get(seqDoc).then(
    () => false,
    () => true,
  );
  if (fresh) await db.syncOutbox.bulkPut(sharedTables.map((t) => ({ id: wholeTable(t), token: 'first-sync' })));
  const stopWrites = onCommittedWrites(db, (tables) => {
    if ([...tables].some((t) => isSharedTable(t) || t === outboxTable)) schedule();
  });
  const changes = local.changes({ since: 'now', live: true }).on('change', schedule);
  const sync = local
    .sync(remote, {
      live: true,
      retry: true,
      back_off_function: (delay: number) => Math.min(30_000, (delay || 500) * 2),
    })
    .on('active', () => setSyncStatus({ state: 'syncing' }))
    .on(
      'paused',
      (error: unknown) => void pausedStatus(remote, error).then((s) => running?.remote === remote && setSyncStatus(s)),
    )
    .on('change', (info) =>
      setSyncStatus({ state: 'syncing', pending: (info.change as { pending?: number }).pending ?? 0 }),
    )
    .on('denied', (error: unknown) => setSyncStatus({ state: 'error', reason: deniedReason(error) }))
    .on('error', (error: unknown) => setSyncStatus(reasonOf(error)));
  running = {
    key,
    author: settings.username,
    local,
    remote,
    stop: () => {
      stopWrites();
      changes.cancel();
      sync.cancel();
    },
  };
  setSyncStatus({ state: 'syncing', reason: '' });
  schedule();
}

function deniedReason(error: unknown): string {
  const e = error as { id?: string; reason?: string; message?: string };
  return `The team server refused a change${e.id ? ` to ${e.id}` : ''}: ${e.reason ?? e.message ?? 'forbidden'}`;
}

export function stopTeamSync(): void {
  running?.stop();
  running = null;
}

/** `Sync now`: restarts replication at once (no back-off wait) and runs a pass. */
export async function syncNow(): Promise<void> {
  stopTeamSync();
  await startTeamSync();
  await loop;
}

/** The running replica, for conflict resolution; null when sync is off. */
export const runningReplica = (): TeamPouch | null => running?.local ?? null;

/** Delete all data: replication stops, the session ends and the local replica of the team database is destroyed. */
export async function forgetTeam(): Promise<void> {
  const settings = await readTeamSettings();
  const local = running?.local;
  stopTeamSync();
  if (!settings) return;
  await fetch(`${settings.server}/_session`, { method: 'DELETE', credentials: 'include' }).catch(() => {});
  await (local ?? localReplica(replicaName(settings))).destroy().catch(() => {});
}

const wakeAlarm = 'rounds.team.sync';

/**
 * Starts team sync with the background, and wakes it each minute (an alarm survives the service worker's sleep:
 * Chrome stops an idle worker, and with it the live replication; the alarm restarts the worker, which resumes
 * from the replica's checkpoints and runs a pass).
 */
export function startTeam(): void {
  void browser.alarms.create(wakeAlarm, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === wakeAlarm) void startTeamSync().then(schedule).catch(report);
  });
  void startTeamSync().catch(report);
}
