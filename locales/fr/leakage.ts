import type { leakage as english } from '../en/leakage';
import type { Translation } from '../types';

export const leakage: Translation<typeof english> = {
  'leakage.accessOrWaitTime': 'Accès ou délai d’attente',
  'leakage.insurance': 'Assurance',
  'leakage.patientPreference': 'Préférence du patient',
  'leakage.physicianPreference': 'Préférence du médecin',
  'leakage.distance': 'Distance',
  'leakage.serviceNotOffered': 'Service non proposé',
  'leakage.communication': 'Communication',
  'leakage.other': 'Autre',
  'leakage.notRecorded': '(non renseigné)',
  'leakage.noServiceLine': '(pas de filière de soins)',
};
