import type { goals as english } from '../en/goals';
import type { Translation } from '../types';

export const goals: Translation<typeof english> = {
  'goals.visits': 'Visites',
  'goals.touches': 'Contacts',
  'goals.newReferrers': 'Nouveaux référents',
  'goals.events': 'Événements',
};
