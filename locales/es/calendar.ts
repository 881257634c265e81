import type { calendar as english } from '../en/calendar';
import type { Translation } from '../types';

export const calendar: Translation<typeof english> = {
  'calendar.addToCalendar': 'Añadir al calendario',
  'calendar.savedFilenameOpenItTo': 'Guardado {fileName}: ábralo para añadirlo a su calendario.',
  'calendar.updateTheReferringOffice': 'Informar a la consulta remitente',
  'calendar.followUpWhat': 'Hacer seguimiento',
  'calendar.followUp': 'Seguimiento de Rounds.',
  'calendar.roundsWhat': 'Rounds: {what}',
  'calendar.officePhonePhone': 'Teléfono de la consulta {phone}.',
  'calendar.plannedInRounds': 'Planificado en Rounds.',
  'calendar.followUpWith': 'Seguimiento de Rounds con {who}.',
  'calendar.physicianGone': 'Un médico que ya no está en el directorio',
  'calendar.officeVisits': {
    one: 'Visitas a consultas: {count} parada',
    many: 'Visitas a consultas: {count} paradas',
    other: 'Visitas a consultas: {count} paradas',
  },
};
