import { t, tn } from '../../locales/i18n';
/**
 * Every string the team UI shows (issue 17), in one place so the message catalogue can take them over in one step.
 * The accessible names of the UI contract ("Team") are used exactly as written there.
 */
export const teamLabels = {
  heading: t('team.team'),
  intro: t('team.shareTheDirectoryPracticesOutreach'),
  address: t('team.teamServerAddress'),
  addressHint: t('team.theServerAndYourTeam'),
  username: t('team.username'),
  password: t('team.password'),
  signIn: t('team.signIn'),
  signOut: t('team.signOut'),
  syncNow: t('team.syncNow'),
  signingIn: t('team.signingIn'),
  signedInAs: (name: string, address: string) => t('team.signedInAsNameTo', { name, address }),
  notAllowed: (origin: string) => t('team.roundsWasNotAllowedTo', { origin }),
  patientInformation: t('team.patientInformationNoteTextPatient'),
  state: {
    off: t('team.syncIsOff'),
    synced: t('team.synced'),
    syncing: t('team.syncing'),
    offline: t('team.offline'),
    error: t('team.error'),
  },
  lastSynced: (at: string) => t('team.lastSyncedAt', { at }),
  pending: (n: number) => tn('team.waiting', n),
  quarantineHeading: t('team.serverDocumentsNotAccepted'),
  quarantineHint: t('team.theseDocumentsFromTheTeam'),
  conflictsHeading: t('team.recordsInConflict'),
  conflictsHint: t('team.twoTeamMembersChangedThese'),
  resolveConflict: t('team.resolveConflict'),
  versionHeading: (n: number, by: string, at: string) =>
    t('team.versionHeading', { n, by: by || t('team.someone'), at }),
  keepVersion: (n: number) => t('team.keepVersionN', { n }),
  cancel: t('team.cancel'),
  field: t('team.field'),
  resolved: t('team.conflictResolvedTheVersionYou'),
  /** Who logged an outreach (Activity page): with a team, filtered to a physician, "who visited Dr. X last". */
  loggedBy: (name: string) => `by ${name}`,
  tables: {
    physicians: t('team.physician'),
    practices: t('team.practice'),
    outreach: t('team.outreach'),
    followUps: t('team.followUp'),
    referrals: t('team.referral'),
    programs: t('team.program'),
  } as Record<string, string>,
} as const;
