import type { followUps as english } from '../en/followUps';
import type { Translation } from '../types';

export const followUps: Translation<typeof english> = {
  'followUps.roundsParts': 'Rounds: {parts}',
  'followUps.andOthers': ' y otros',
  'followUps.withNamesMore': 'Con {names}{more}.',
  'followUps.openRoundsToSeeThem': 'Abra Rounds para verlos.',
  'followUps.overdue': { one: '{count} atrasado', many: '{count} atrasados', other: '{count} atrasados' },
  'followUps.dueToday': {
    one: '{count} pendiente hoy',
    many: '{count} pendientes hoy',
    other: '{count} pendientes hoy',
  },
};
