import { t } from '../../locales/i18n';
import type { TeamView } from '../../messaging/messages/team';
import { authorState } from '../../storage/team/author';
import { readTeamSettings, readTeamStatus, writeTeamSettings } from '../../storage/team/team-settings';
import { conflictVersions, resolveConflict } from './conflicts';
import { signIn } from './sign-in';
import { setSyncStatus, teamSyncStatus } from './status';
import { runningReplica, startTeamSync, stopTeamSync, syncNow } from './sync.background';

/** What Options → Team shows: the address, the user, and the status. */
export async function teamView(): Promise<TeamView> {
  const settings = await readTeamSettings();
  const status = teamSyncStatus().state === 'off' ? await readTeamStatus() : teamSyncStatus();
  return {
    address: settings ? `${settings.server}/${settings.database}` : '',
    username: settings?.username ?? '',
    signedIn: settings?.signedIn ?? false,
    // A refused sign-in shows its error; otherwise nobody signed in means sync is off.
    status: settings?.signedIn || status.state === 'error' ? status : { ...status, state: 'off' },
  };
}

export async function signInToTeam(address: string, username: string, password: string) {
  const result = await signIn(address, username, password);
  if (!result.ok) {
    setSyncStatus({ state: 'error', reason: result.message });
    return { ok: false, message: result.message, view: await teamView() };
  }
  await writeTeamSettings(result.settings);
  authorState.name = result.settings.username;
  await startTeamSync();
  return {
    ok: true,
    message: t('team.signedInAsUsername', { username: result.settings.username }),
    view: await teamView(),
  };
}

export async function signOutOfTeam(): Promise<TeamView> {
  const settings = await readTeamSettings();
  stopTeamSync();
  if (settings) {
    await writeTeamSettings({ ...settings, signedIn: false });
    await fetch(`${settings.server}/_session`, { method: 'DELETE', credentials: 'include' }).catch(() => {});
  }
  setSyncStatus({ state: 'off', reason: '' });
  return teamView();
}

export async function syncTeamNow(): Promise<TeamView> {
  await syncNow();
  return teamView();
}

const replica = () => {
  const local = runningReplica();
  if (!local) throw new Error(t('team.teamSyncIsOffSign'));
  return local;
};

export const versionsInConflict = (id: string) => conflictVersions(replica() as never, id);

export async function keepVersion(id: string, keepRev: string): Promise<TeamView> {
  await resolveConflict(replica() as never, id, keepRev, { author: authorState.name, at: new Date().toISOString() });
  await syncNow();
  return teamView();
}
