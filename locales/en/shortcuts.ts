import type { Messages } from '../types';

/** English (source) texts of shortcuts. */
export const shortcuts = {
  'shortcuts.keyboardShortcuts': 'Keyboard shortcuts',
  'shortcuts.toChangeThemOpenAbout':
    'To change them, open about:addons, then the gear menu, Manage Extension Shortcuts.',
  'shortcuts.changeShortcuts': 'Change shortcuts',
  'shortcuts.openTheRoundsPopup': 'Open the Rounds popup',
  'shortcuts.notSet': 'Not set',
} satisfies Messages;
