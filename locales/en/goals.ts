import type { Messages } from '../types';

/** English (source) texts of goals. */
export const goals = {
  'goals.visits': 'Visits',
  'goals.touches': 'Touches',
  'goals.newReferrers': 'New referrers',
  'goals.events': 'Events',
} satisfies Messages;
