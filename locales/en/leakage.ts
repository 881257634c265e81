import type { Messages } from '../types';

/** English (source) texts of leakage. */
export const leakage = {
  'leakage.accessOrWaitTime': 'Access or wait time',
  'leakage.insurance': 'Insurance',
  'leakage.patientPreference': 'Patient preference',
  'leakage.physicianPreference': 'Physician preference',
  'leakage.distance': 'Distance',
  'leakage.serviceNotOffered': 'Service not offered',
  'leakage.communication': 'Communication',
  'leakage.other': 'Other',
  'leakage.notRecorded': '(not recorded)',
  'leakage.noServiceLine': '(no service line)',
} satisfies Messages;
