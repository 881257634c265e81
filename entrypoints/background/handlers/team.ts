import {
  keepVersion,
  signInToTeam,
  signOutOfTeam,
  syncTeamNow,
  teamView,
  versionsInConflict,
} from '../../../features/team/team-control.background';
import type { Handlers } from '../../../messaging/router.background';

/** Team sync (issue 17): Options → Team. */
export const teamHandlers: Pick<
  Handlers,
  'team.status' | 'team.signIn' | 'team.signOut' | 'team.syncNow' | 'team.conflict' | 'team.resolve'
> = {
  'team.status': () => teamView(),
  'team.signIn': ({ address, username, password }) => signInToTeam(address, username, password),
  'team.signOut': () => signOutOfTeam(),
  'team.syncNow': () => syncTeamNow(),
  'team.conflict': ({ id }) => versionsInConflict(id),
  'team.resolve': ({ id, keepRev }) => keepVersion(id, keepRev),
};
