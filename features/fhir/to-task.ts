import type { Reference, Task } from '@medplum/fhirtypes';
import type { FollowUp } from '../../storage/schemas';
import { type ReferenceStyle, referenceTo } from './fhir-ids';
import { roundsUrl } from './fhir-systems';
import type { PatientInfoChoice } from './patient-info';
import { valueExtension } from './rounds-extensions';

/** A follow-up as a Task due on its day: about its referral or outreach, for its physician. */
export function taskOf(f: FollowUp, style: ReferenceStyle, choice: PatientInfoChoice): Task {
  const ref = (type: string, id: string): Reference => ({ reference: referenceTo(style, type, id) });
  const focus = f.referralId
    ? ref('ServiceRequest', f.referralId)
    : f.outreachId
      ? ref('Communication', f.outreachId)
      : undefined;
  const text = choice.includePatientInfo ? f.sensitive.text : '';
  return {
    resourceType: 'Task',
    id: f.id,
    meta: { lastUpdated: f.updatedAt },
    extension: valueExtension(roundsUrl.snoozedUntil, 'Date', f.snoozedUntil),
    status: f.status === 'done' ? 'completed' : 'requested',
    intent: 'plan',
    code: { coding: [{ system: roundsUrl.followUpKind, code: f.kind }], text: `Follow-up (${f.kind})` },
    ...(text ? { description: text } : {}),
    ...(focus ? { focus } : {}),
    ...(f.physicianId ? { for: ref('Practitioner', f.physicianId) } : {}),
    authoredOn: f.createdAt,
    lastModified: f.updatedAt,
    ...(f.doneAt ? { executionPeriod: { end: f.doneAt } } : {}),
    restriction: { period: { end: f.dueDate } },
  };
}
