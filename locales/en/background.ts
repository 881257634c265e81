import type { Messages } from '../types';

/** English (source) texts of background. */
export const background = {
  'background.notARoundsFrame': 'Not a Rounds frame.',
  'background.roundsShowsItsSidebarOnly': 'Rounds shows its sidebar only beside a portal page.',
  'background.thisPageDidNotOpen': 'This page did not open the Rounds sidebar.',
  'background.thisFrameWasNotOpened': 'This frame was not opened by Rounds.',
  'background.thePageChangedToA': 'The page changed to a site where Rounds is not enabled.',
  'background.noAnswerFromTheSidebar': 'No answer from the sidebar.',
  'background.unexpectedMessage': 'Unexpected message.',
} satisfies Messages;
