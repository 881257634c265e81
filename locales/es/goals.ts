import type { goals as english } from '../en/goals';
import type { Translation } from '../types';

export const goals: Translation<typeof english> = {
  'goals.visits': 'Visitas',
  'goals.touches': 'Contactos',
  'goals.newReferrers': 'Remitentes nuevos',
  'goals.events': 'Eventos',
};
