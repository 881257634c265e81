import type { Messages } from '../types';

/** English (source) texts of sidebar. */
export const sidebar2 = {
  'sidebar.referralNow': 'Referral now',
  'sidebar.roundsShowsItsSidebarOnly': 'Rounds shows its sidebar only beside an enabled portal.',
  'sidebar.roundsCouldNotConfirmThis': 'Rounds could not confirm this frame.',
  'sidebar.noteDeleted': 'Note deleted.',
  'sidebar.noteRestored': 'Note restored.',
  'sidebar.referralSaved': 'Referral saved.',
  'sidebar.referralSavedFollowUp': 'Referral saved. Follow-up created to update the referring office.',
  'sidebar.noDirectoryPhysiciansAreNamed2':
    'No directory physicians are named on this page. Search above, use Add physician, or select a name on the page and choose “Save as physician” from the right-click menu.',
} satisfies Messages;
