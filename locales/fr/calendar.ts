import type { calendar as english } from '../en/calendar';
import type { Translation } from '../types';

export const calendar: Translation<typeof english> = {
  'calendar.addToCalendar': 'Ajouter au calendrier',
  'calendar.savedFilenameOpenItTo': '{fileName} enregistré : ouvrez-le pour l’ajouter à votre calendrier.',
  'calendar.updateTheReferringOffice': 'Informer le cabinet référent',
  'calendar.followUpWhat': 'Faire le suivi',
  'calendar.followUp': 'Suivi Rounds.',
  'calendar.roundsWhat': 'Rounds : {what}',
  'calendar.officePhonePhone': 'Téléphone du cabinet {phone}.',
  'calendar.plannedInRounds': 'Planifié dans Rounds.',
  'calendar.followUpWith': 'Suivi Rounds avec {who}.',
  'calendar.physicianGone': 'Un médecin qui n’est plus dans le répertoire',
  'calendar.officeVisits': {
    one: 'Visites de cabinets : {count} étape',
    many: 'Visites de cabinets : {count} étapes',
    other: 'Visites de cabinets : {count} étapes',
  },
};
