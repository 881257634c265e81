import type { Messages } from '../types';

/** English (source) texts of sidebar. */
export const sidebar2 = {
  'sidebar.referral': 'Referral',
  'sidebar.referralNow': 'Referral now',
  'sidebar.roundsShowsItsSidebarOnly': 'Rounds shows its sidebar only beside an enabled portal.',
  'sidebar.roundsCouldNotConfirmThis': 'Rounds could not confirm this frame.',
  'sidebar.noteDeleted': 'Note deleted.',
  'sidebar.noteRestored': 'Note restored.',
  'sidebar.referralSaved': 'Referral saved.',
  'sidebar.referralSavedFollowUp': 'Referral saved. Follow-up created to update the referring office.',
} satisfies Messages;
