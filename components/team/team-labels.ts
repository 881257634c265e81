/**
 * Every string the team UI shows (issue 17), in one place so the message catalogue can take them over in one step.
 * The accessible names of the UI contract ("Team") are used exactly as written there.
 */
export const teamLabels = {
  heading: 'Team',
  intro:
    'Share the directory, practices, outreach, follow-ups, referrals and programs with your team through your organisation’s CouchDB server. Off until you sign in; Rounds works offline and syncs later.',
  address: 'Team server address',
  addressHint: 'The server and your team’s database, for example https://couch.example.org/team-north',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  syncNow: 'Sync now',
  signingIn: 'Signing in…',
  signedInAs: (name: string, address: string) => `Signed in as ${name} to ${address}.`,
  notAllowed: (origin: string) => `Rounds was not allowed to reach ${origin}; nothing was changed.`,
  patientInformation:
    'Patient information (note text, patient references, outreach notes, follow-up text and the pages they were written on) is not replicated: it stays in this browser, and the server never receives it.',
  state: {
    off: 'Sync is off',
    synced: 'Synced',
    syncing: 'Syncing',
    offline: 'Offline',
    error: 'Error',
  },
  lastSynced: (at: string) => `last synced ${at}`,
  pending: (n: number) => `${n} waiting`,
  quarantineHeading: 'Server documents not accepted',
  quarantineHint: 'These documents from the team server did not pass Rounds’ checks and were not written:',
  conflictsHeading: 'Records in conflict',
  conflictsHint:
    'Two team members changed these records at the same time. Nothing is lost: choose the version to keep.',
  resolveConflict: 'Resolve conflict',
  versionHeading: (n: number, by: string, at: string) => `Version ${n}: changed by ${by || 'someone'} on ${at}`,
  keepVersion: (n: number) => `Keep version ${n}`,
  cancel: 'Cancel',
  field: 'Field',
  resolved: 'Conflict resolved: the version you kept is synced to the team.',
  /** Who logged an outreach (Activity page): with a team, filtered to a physician, "who visited Dr. X last". */
  loggedBy: (name: string) => `by ${name}`,
  tables: {
    physicians: 'Physician',
    practices: 'Practice',
    outreach: 'Outreach',
    followUps: 'Follow-up',
    referrals: 'Referral',
    programs: 'Program',
  } as Record<string, string>,
} as const;
