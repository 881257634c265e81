import type { Messages } from '../types';

/** English (source) texts of common. */
export const common = {
  'common.opening': 'Opening…',
  'common.roundsCouldNotOpenIts': 'Rounds could not open its data: {error}',
  'common.yourDataHasNotBeen': 'Your data has not been reset. Close other Rounds windows and reload; if this persists, export what is readable from the options page.',
  'common.andMore': {"one":"… and {count} more","other":"… and {count} more"},
} satisfies Messages;
