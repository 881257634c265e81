import { describe, expect, it } from 'vitest';
import { generateData } from '../../dev/generators/generate-transfer-data';
import { referralStatuses } from '../../storage/schemas';
import { freshDatabase } from '../../tests/db';
import { analyzeFhirImport } from './analyze-fhir';
import { derivedId, derivedKinds, referencedId, stableUuid } from './fhir-ids';
import { npiSystem, roundsUrl, taxonomySystem } from './fhir-systems';
import { serviceRequestStatus } from './referral-status';
import { communicationOf } from './to-communication';
import { hoursOf, locationsOf, organizationOf } from './to-organization';
import { practitionerOf } from './to-practitioner';
import { practitionerRoleOf } from './to-practitioner-role';
import { serviceRequestOf } from './to-service-request';
import { taskOf } from './to-task';

const data = generateData(3, { physicians: 1, practices: 1, referrals: 1, outreach: 1, followUps: 1 });
const practice = { ...(data.practices[0] as (typeof data.practices)[number]), tags: ['north'], deletedAt: null };
const physician = {
  ...(data.physicians[0] as (typeof data.physicians)[number]),
  prefix: 'Dr.',
  first: 'Jane',
  middle: 'Ann',
  last: 'Smith',
  suffix: 'Jr',
  credentials: ['MD', 'FACC'],
  npi: '1234567893',
  specialty: 'Cardiology',
  taxonomyCode: '207RC0000X',
  practiceId: practice.id,
  practiceName: practice.name,
  phone: '402-555-0100',
  fax: '402-555-0101',
  officeDays: ['tue' as const],
};
const withInfo = { includePatientInfo: true };
const withoutInfo = { includePatientInfo: false };

describe('Rounds records as FHIR R4 resources', () => {
  it('a physician is a Practitioner: NPI (us-npi), name with prefix and suffix, credentials as qualifications', () => {
    const p = practitionerOf(physician);
    expect(p.identifier).toEqual([{ use: 'official', system: npiSystem, value: '1234567893' }]);
    expect(p.name).toEqual([
      { use: 'official', family: 'Smith', given: ['Jane', 'Ann'], prefix: ['Dr.'], suffix: ['Jr'] },
    ]);
    expect(p.qualification?.map((q) => q.code)).toEqual([
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360/2.7', code: 'MD' }], text: 'MD' },
      { text: 'FACC' },
    ]);
    expect(p.meta?.lastUpdated).toBe(physician.updatedAt);
  });

  it('their PractitionerRole: NUCC specialty, practice, its locations, phone and fax, office days', () => {
    const role = practitionerRoleOf(physician, practice, 'bundle');
    expect(role.id).toBe(derivedId(physician.id, derivedKinds.role));
    expect(role.practitioner).toEqual({ reference: `urn:uuid:${physician.id}` });
    expect(role.organization).toEqual({ reference: `urn:uuid:${practice.id}`, display: practice.name });
    expect(role.location).toEqual([{ reference: `urn:uuid:${derivedId(practice.id, derivedKinds.location)}` }]);
    expect(role.specialty).toEqual([{ coding: [{ system: taxonomySystem, code: '207RC0000X' }], text: 'Cardiology' }]);
    expect(role.telecom).toEqual([
      { system: 'phone', use: 'work', value: '402-555-0100' },
      { system: 'fax', use: 'work', value: '402-555-0101' },
    ]);
    expect(role.availableTime).toEqual([{ daysOfWeek: ['tue'] }]);
    expect(practitionerRoleOf(physician, practice, 'ndjson').organization?.reference).toBe(
      `Organization/${practice.id}`,
    );
  });

  it('a practice is an Organization with one Location per address', () => {
    const org = organizationOf(practice);
    expect(org).toMatchObject({ resourceType: 'Organization', id: practice.id, name: practice.name, active: true });
    expect(org.meta?.tag).toEqual([{ system: 'urn:rounds:fhir:tag', code: 'north', display: 'north' }]);
    expect(locationsOf(practice, 'ndjson')).toEqual([
      expect.objectContaining({
        name: 'Main',
        address: { use: 'work', line: ['1 Main St'], city: 'Omaha', state: 'NE', postalCode: '68102' },
        managingOrganization: { reference: `Organization/${practice.id}` },
      }),
    ]);
  });

  it('every referral status has a ServiceRequest status (the documented table)', () => {
    expect(Object.keys(serviceRequestStatus).sort()).toEqual([...referralStatuses].sort());
    expect(serviceRequestStatus).toEqual({
      received: 'active',
      scheduled: 'active',
      seen: 'active',
      'report-sent': 'completed',
      closed: 'completed',
      cancelled: 'revoked',
      lost: 'revoked',
    });
  });

  it('a referral is a ServiceRequest; the patient and notes only when the user included them', () => {
    const referral = { ...(data.referrals[0] as (typeof data.referrals)[number]), status: 'seen' as const };
    const r = { ...referral, sensitive: { patientRef: 'MRN 123', notes: 'Knee MRI' } };
    const masked = serviceRequestOf(r, 'bundle', withoutInfo);
    expect(masked).toMatchObject({ status: 'active', intent: 'order', authoredOn: r.receivedAt });
    expect(masked.extension).toEqual([{ url: 'urn:rounds:fhir:referral-stage', valueCode: 'seen' }]);
    expect(JSON.stringify(masked)).not.toMatch(/MRN 123|Knee MRI/);
    expect(masked.subject.extension?.[0]?.valueCode).toBe('masked');
    const shown = serviceRequestOf(r, 'bundle', withInfo);
    expect(shown.subject).toEqual({ type: 'Patient', identifier: { value: 'MRN 123' } });
    expect(shown.note).toEqual([{ text: 'Knee MRI' }]);
    expect(shown.requester).toEqual({ reference: `urn:uuid:${r.physicianId}` });
  });

  it('a follow-up is a Task due on its day; an outreach is a completed Communication', () => {
    const f = { ...(data.followUps[0] as (typeof data.followUps)[number]), sensitive: { text: 'Call about J.D.' } };
    const task = taskOf(f, 'ndjson', withoutInfo);
    expect(task).toMatchObject({ status: 'requested', intent: 'plan', restriction: { period: { end: f.dueDate } } });
    expect(task.description).toBeUndefined();
    expect(taskOf(f, 'ndjson', withInfo).description).toBe('Call about J.D.');
    expect(taskOf({ ...f, status: 'done' }, 'ndjson', withInfo).status).toBe('completed');
    const o = data.outreach[0] as (typeof data.outreach)[number];
    const c = communicationOf(o, 'ndjson', withoutInfo);
    expect(c).toMatchObject({ status: 'completed', sent: o.at, category: [{ text: o.type }] });
    expect(c.recipient).toEqual(o.physicianIds.map((id) => ({ reference: `Practitioner/${id}` })));
    expect(c.payload).toBeUndefined();
    expect(communicationOf(o, 'ndjson', withInfo).payload).toEqual([{ contentString: o.sensitive.notes }]);
  });

  it('ids: derived ones stay apart from record ids; foreign ones map to the same UUID every time', () => {
    expect(derivedId(practice.id, 0x101)).not.toBe(derivedId(practice.id, 0x100));
    expect(stableUuid('Practitioner', '1679576722')).toBe(stableUuid('Practitioner', '1679576722'));
    expect(stableUuid('Practitioner', '1679576722')).not.toBe(stableUuid('Organization', '1679576722'));
    expect(referencedId('urn:uuid:abc', 'Organization')).toBe('abc');
    expect(referencedId('https://x.org/fhir/Organization/42/_history/3', 'Organization')).toBe('42');
    expect(referencedId('Location/42', 'Organization')).toBeNull();
  });
});

describe('office hours as Location.hoursOfOperation', () => {
  it('keeps the text; one 24-hour range also gives opening and closing times', () => {
    const hours = { mon: '8:30–17', tue: '8–12, 13–17', wed: '', thu: '9-5', fri: '07:00 - 15:30', sat: '', sun: '' };
    expect(hoursOf(hours)).toEqual([
      {
        extension: [{ url: roundsUrl.hoursText, valueString: '8:30–17' }],
        daysOfWeek: ['mon'],
        openingTime: '08:30:00',
        closingTime: '17:00:00',
      },
      { extension: [{ url: roundsUrl.hoursText, valueString: '8–12, 13–17' }], daysOfWeek: ['tue'] },
      { extension: [{ url: roundsUrl.hoursText, valueString: '9-5' }], daysOfWeek: ['thu'] },
      {
        extension: [{ url: roundsUrl.hoursText, valueString: '07:00 - 15:30' }],
        daysOfWeek: ['fri'],
        openingTime: '07:00:00',
        closingTime: '15:30:00',
      },
    ]);
  });
});

describe('a Location from another tool', () => {
  it('gets a Rounds location id and its hours from opening and closing times', async () => {
    const db = await freshDatabase();
    const file = JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Organization', id: 'o1', name: 'Other Clinic' } },
        {
          resource: {
            resourceType: 'Location',
            id: 'l1',
            name: 'Main',
            managingOrganization: { reference: 'Organization/o1' },
            hoursOfOperation: [{ daysOfWeek: ['mon', 'tue'], openingTime: '08:00:00', closingTime: '16:30:00' }],
          },
        },
      ],
    });
    const analysis = await analyzeFhirImport(db, file);
    const [location] = analysis.writes.practices[0]?.locations ?? [];
    expect(location?.id).toBe('L1');
    expect(location?.hours).toMatchObject({ mon: '08:00–16:30', tue: '08:00–16:30', wed: '' });
  });
});
