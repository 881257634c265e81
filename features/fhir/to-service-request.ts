import type { ServiceRequest } from '@medplum/fhirtypes';
import type { Referral } from '../../storage/schemas';
import { type ReferenceStyle, referenceTo } from './fhir-ids';
import { roundsUrl } from './fhir-systems';
import { type PatientInfoChoice, patientNotes, patientSubject } from './patient-info';
import { serviceRequestStatus } from './referral-status';
import { valueExtension } from './rounds-extensions';

/** A referral as the ServiceRequest the referring physician (requester) sent; the patient only when included. */
export function serviceRequestOf(r: Referral, style: ReferenceStyle, choice: PatientInfoChoice): ServiceRequest {
  const note = patientNotes(choice, r.sensitive.notes);
  return {
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: { lastUpdated: r.updatedAt },
    extension: valueExtension(roundsUrl.referralStage, 'Code', r.status),
    status: serviceRequestStatus[r.status],
    intent: 'order',
    category: [{ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }] }],
    ...(r.serviceLine ? { code: { text: r.serviceLine } } : {}),
    subject: patientSubject(r.sensitive.patientRef, choice),
    authoredOn: r.receivedAt,
    requester: { reference: referenceTo(style, 'Practitioner', r.physicianId) },
    ...(note.length ? { note } : {}),
  };
}
