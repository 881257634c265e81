import { z } from 'zod';
import { teamStatus } from '../../storage/team/team-settings';
import { defineMessage, extensionPages } from '../define';

export const teamView = z.object({
  /** The address as typed back (server and database), the user name, and whether signed in. */
  address: z.string(),
  username: z.string(),
  signedIn: z.boolean(),
  status: teamStatus,
});
export type TeamView = z.infer<typeof teamView>;

const conflictVersion = z.object({ rev: z.string(), row: z.record(z.string(), z.unknown()) });

export const teamMessages = {
  'team.status': defineMessage({
    doc: 'The team server, who is signed in, and the sync status (issue 17).',
    senders: extensionPages,
    request: z.object({}),
    response: teamView,
  }),
  'team.signIn': defineMessage({
    doc: 'Signs in to the team server (CouchDB cookie session) and starts replication; the password is not kept.',
    senders: ['options'],
    request: z.object({
      address: z.string().max(2_000),
      username: z.string().min(1, 'type your user name').max(200),
      password: z.string().min(1, 'type your password').max(1_000),
    }),
    response: z.object({ ok: z.boolean(), message: z.string(), view: teamView }),
  }),
  'team.signOut': defineMessage({
    doc: 'Stops replication and ends the session; the records stay in Rounds.',
    senders: ['options'],
    request: z.object({}),
    response: teamView,
  }),
  'team.syncNow': defineMessage({
    doc: '`Sync now`: restarts replication at once and runs a pass of the outbox and the inbound applier.',
    senders: extensionPages,
    request: z.object({}),
    response: teamView,
  }),
  'team.conflict': defineMessage({
    doc: 'The versions of a record in conflict, CouchDB’s winner first ([] when it is not in conflict).',
    senders: extensionPages,
    request: z.object({ id: z.string().max(300) }),
    response: z.array(conflictVersion),
  }),
  'team.resolve': defineMessage({
    doc: '`Resolve conflict`: keeps the chosen version (as the next revision), closes the other branches.',
    senders: extensionPages,
    request: z.object({ id: z.string().max(300), keepRev: z.string().max(200) }),
    response: teamView,
  }),
};
