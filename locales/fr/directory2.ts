import type { directory2 as english } from '../en/directory2';
import type { Translation } from '../types';

export const directory2: Translation<typeof english> = {
  'directory.reportSent': 'Compte rendu envoyé',
  'directory.closed': 'Clos',
  'directory.cancelled': 'Annulé',
  'directory.lost': 'Perdu',
  'directory.frontDesk': 'Accueil',
  'directory.referralCoordinator': 'Coordinateur des adressages',
  'directory.officeManager': 'Responsable du cabinet',
  'directory.scheduler': 'Planificateur',
  'directory.nurse': 'Infirmier',
  'directory.inNetwork': 'Dans le réseau',
  'directory.affiliated': 'Affilié',
  'directory.independent': 'Indépendant',
  'directory.outOfNetwork': 'Hors réseau',
  'directory.competitorAligned': 'Lié à un concurrent',
  'directory.unknown': 'Inconnu',
  'directory.noPreference': 'Pas de préférence',
  'directory.monday': 'lundi',
  'directory.tuesday': 'mardi',
  'directory.wednesday': 'mercredi',
  'directory.thursday': 'jeudi',
  'directory.friday': 'vendredi',
  'directory.saturday': 'samedi',
  'directory.sunday': 'dimanche',
  'directory.visitDueIn': {
    one: 'Visite à faire dans {count} jour',
    many: 'Visite à faire dans {count} jours',
    other: 'Visite à faire dans {count} jours',
  },
  'directory.visitOverdueBy': {
    one: 'Visite en retard de {count} jour',
    many: 'Visite en retard de {count} jours',
    other: 'Visite en retard de {count} jours',
  },
};
