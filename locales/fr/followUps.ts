import type { followUps as english } from '../en/followUps';
import type { Translation } from '../types';

export const followUps: Translation<typeof english> = {
  'followUps.roundsParts': 'Rounds : {parts}',
  'followUps.andOthers': ' et d’autres',
  'followUps.withNamesMore': 'Avec {names}{more}.',
  'followUps.openRoundsToSeeThem': 'Ouvrez Rounds pour les voir.',
  'followUps.overdue': { one: '{count} en retard', many: '{count} en retard', other: '{count} en retard' },
  'followUps.dueToday': {
    one: '{count} à faire aujourd’hui',
    many: '{count} à faire aujourd’hui',
    other: '{count} à faire aujourd’hui',
  },
};
