import type { Communication, Organization, Practitioner, Reference } from '@medplum/fhirtypes';
import type { Outreach } from '../../storage/schemas';
import { type ReferenceStyle, referenceTo } from './fhir-ids';
import { roundsUrl } from './fhir-systems';
import { type PatientInfoChoice, patientNotes } from './patient-info';
import { valueExtension } from './rounds-extensions';

/** An outreach (visit, call, lunch-and-learn…) as a completed Communication with the physicians or practice. */
export function communicationOf(
  o: Outreach,
  style: ReferenceStyle,
  choice: PatientInfoChoice,
  programNames: ReadonlyMap<string, string> = new Map(),
): Communication {
  // Programs presented travel by name (FHIR has no place for Rounds' program records: docs/EXPORT.md).
  const presented = o.programIds.flatMap((id) => programNames.get(id) ?? []);
  const recipient: Reference<Practitioner | Organization>[] = o.physicianIds.map((id) => ({
    reference: referenceTo(style, 'Practitioner', id),
  }));
  if (o.practiceId) recipient.push({ reference: referenceTo(style, 'Organization', o.practiceId) });
  const s = o.sensitive;
  const notes = patientNotes(
    choice,
    s.outcome && `Outcome: ${s.outcome}`,
    s.concernText && `Concern: ${s.concernText}`,
  );
  const payload = choice.includePatientInfo && s.notes ? [{ contentString: s.notes }] : [];
  return {
    resourceType: 'Communication',
    id: o.id,
    meta: { lastUpdated: o.updatedAt },
    ...(o.location ? { extension: valueExtension(roundsUrl.outreachLocation, 'String', o.location) } : {}),
    status: 'completed',
    category: [{ coding: [{ system: roundsUrl.activityType, code: o.type }], text: o.type }],
    ...(presented.length ? { reasonCode: presented.map((text) => ({ text })) } : {}),
    sent: o.at,
    recipient,
    ...(payload.length ? { payload } : {}),
    ...(notes.length ? { note: notes } : {}),
  };
}
