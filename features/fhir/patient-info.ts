import type { Patient, Reference } from '@medplum/fhirtypes';
import { dataAbsentReasonUrl } from './fhir-systems';

/** What an export may say about patients: nothing unless the user chose to include it (after the warning). */
export interface PatientInfoChoice {
  includePatientInfo: boolean;
}

/** A referral's patient: the reference as typed when included, otherwise masked (FHIR data-absent-reason). */
export function patientSubject(patientRef: string, choice: PatientInfoChoice): Reference<Patient> {
  if (choice.includePatientInfo && patientRef) return { type: 'Patient', identifier: { value: patientRef } };
  const reason = choice.includePatientInfo ? 'unknown' : 'masked';
  return { type: 'Patient', extension: [{ url: dataAbsentReasonUrl, valueCode: reason }] };
}

/** Free text that may mention patients, as annotations: none unless included. */
export function patientNotes(choice: PatientInfoChoice, ...texts: string[]) {
  return choice.includePatientInfo ? texts.filter(Boolean).map((text) => ({ text })) : [];
}
