import type { leakage as english } from '../en/leakage';
import type { Translation } from '../types';

export const leakage: Translation<typeof english> = {
  'leakage.accessOrWaitTime': 'Acceso o tiempo de espera',
  'leakage.insurance': 'Seguro',
  'leakage.patientPreference': 'Preferencia del paciente',
  'leakage.physicianPreference': 'Preferencia del médico',
  'leakage.distance': 'Distancia',
  'leakage.serviceNotOffered': 'Servicio no ofrecido',
  'leakage.communication': 'Comunicación',
  'leakage.other': 'Otro',
  'leakage.notRecorded': '(no registrado)',
  'leakage.noServiceLine': '(sin línea de servicio)',
};
