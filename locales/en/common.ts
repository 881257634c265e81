import type { Messages } from '../types';

/** English (source) texts of common. */
export const common = {
  'common.opening': 'Opening…',
  'common.roundsCouldNotOpenIts': 'Rounds could not open its data: {error}',
  'common.yourDataHasNotBeen':
    'Your data has not been reset. Close other Rounds windows and reload; if this persists, export what is readable from the options page.',
  'common.andMore': { one: '… and {count} more', other: '… and {count} more' },
  'common.noCalendarFile': 'No calendar file: {reason}',
  'common.notSaved': 'Not saved: {reason}',
  'common.outOfStorage':
    'Your browser has run out of storage space, so nothing was saved. Free some disk space, or export your data from the Rounds options page (Data → Export JSON) before deleting anything, then try again.',
  'common.gettingStarted': 'Getting started',
  'common.emptyDirectory':
    'Your directory is empty, so {what}. Add a portal or a physician in Settings, import a roster, or try the sample data.',
} satisfies Messages;
