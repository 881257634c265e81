import { t } from '../../locales/i18n';
import { noTeamStatus, type TeamStatus, writeTeamStatus } from '../../storage/team/team-settings';
import type { Quarantined } from './inbound';

/** The background's view of sync, mirrored to storage.local so every page shows it (role="status" in Options). */
let current: TeamStatus = { ...noTeamStatus };
let writing = Promise.resolve();

export const teamSyncStatus = (): TeamStatus => current;

export function setSyncStatus(patch: Partial<TeamStatus>): void {
  current = { ...current, ...patch };
  if (patch.state === 'synced') current.reason = '';
  const snapshot = current;
  writing = writing.then(() => writeTeamStatus(snapshot)).catch(() => {});
}

/** Keeps the newest quarantined documents (one entry per id) and the ids now in conflict. */
export function noteInbound(quarantined: Quarantined[], conflicted: string[], settled: string[]): void {
  if (!quarantined.length && !conflicted.length && !settled.length) return;
  const q = new Map(current.quarantined.map((e) => [e.id, e]));
  for (const e of quarantined) {
    q.delete(e.id);
    q.set(e.id, e);
  }
  const c = new Set(current.conflicts);
  for (const id of settled) c.delete(id);
  for (const id of conflicted) c.add(id);
  setSyncStatus({ quarantined: [...q.values()].slice(-100), conflicts: [...c].slice(0, 1000) });
}

/** A reason a person can act on, from a replication or fetch error. */
export function reasonOf(error: unknown): { state: 'offline' | 'error'; reason: string } {
  const e = (error ?? {}) as { status?: number; message?: string; reason?: string; name?: string };
  if (e.status === 401) return { state: 'error', reason: t('team.signedOutByTheTeam') };
  if (e.status === 403) {
    return { state: 'error', reason: t('team.notAllowed403ThisUser') };
  }
  if (!e.status || e.status >= 500 || e.name === 'TypeError') {
    return { state: 'offline', reason: t('team.theTeamServerCannotBe') };
  }
  return {
    state: 'error',
    reason: t('team.serverAnswered', {
      status: String(e.status),
      reason: e.reason ?? e.message ?? t('team.noReasonGiven'),
    }),
  };
}

/**
 * What a pause of live replication means. With `retry`, PouchDB pauses with no error while the server is down (it
 * retries quietly), so "synced" is claimed only when the server answers.
 */
export async function pausedStatus(
  remote: { info(): Promise<unknown> },
  error?: unknown,
): Promise<Partial<TeamStatus>> {
  if (error) return reasonOf(error);
  try {
    // A database's info always has its update sequence; anything else (an error body, a proxy's page) is not it.
    const info = (await remote.info()) as { update_seq?: unknown; error?: unknown } | undefined;
    if (info?.update_seq === undefined || info.error !== undefined) return reasonOf({ status: 503 });
    return { state: 'synced', lastSyncedAt: new Date().toISOString(), pending: 0 };
  } catch (failure) {
    return reasonOf(failure);
  }
}
