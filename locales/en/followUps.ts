import type { Messages } from '../types';

/** English (source) texts of followUps. */
export const followUps = {
  'followUps.roundsParts': 'Rounds: {parts}',
  'followUps.andOthers': ' and others',
  'followUps.withNamesMore': 'With {names}{more}.',
  'followUps.openRoundsToSeeThem': 'Open Rounds to see them.',
  'followUps.overdue': { one: '{count} overdue', other: '{count} overdue' },
  'followUps.dueToday': { one: '{count} due today', other: '{count} due today' },
} satisfies Messages;
