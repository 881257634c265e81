import type { directory2 as english } from '../en/directory2';
import type { Translation } from '../types';

export const directory2: Translation<typeof english> = {
  'directory.reportSent': 'Informe enviado',
  'directory.closed': 'Cerrada',
  'directory.cancelled': 'Cancelada',
  'directory.lost': 'Perdida',
  'directory.frontDesk': 'Recepción',
  'directory.referralCoordinator': 'Coordinador de derivaciones',
  'directory.officeManager': 'Gerente de la consulta',
  'directory.scheduler': 'Programador de citas',
  'directory.nurse': 'Enfermería',
  'directory.inNetwork': 'En la red',
  'directory.affiliated': 'Afiliado',
  'directory.independent': 'Independiente',
  'directory.outOfNetwork': 'Fuera de la red',
  'directory.competitorAligned': 'Vinculado a un competidor',
  'directory.unknown': 'Desconocido',
  'directory.noPreference': 'Sin preferencia',
  'directory.monday': 'lunes',
  'directory.tuesday': 'martes',
  'directory.wednesday': 'miércoles',
  'directory.thursday': 'jueves',
  'directory.friday': 'viernes',
  'directory.saturday': 'sábado',
  'directory.sunday': 'domingo',
  'directory.visitDueIn': {
    one: 'Visita pendiente en {count} día',
    many: 'Visita pendiente en {count} días',
    other: 'Visita pendiente en {count} días',
  },
  'directory.visitOverdueBy': {
    one: 'Visita atrasada {count} día',
    many: 'Visita atrasada {count} días',
    other: 'Visita atrasada {count} días',
  },
};
