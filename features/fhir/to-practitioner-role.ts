import type { ContactPoint, PractitionerRole } from '@medplum/fhirtypes';
import type { Physician, Practice } from '../../storage/schemas';
import { derivedId, derivedKinds, type ReferenceStyle, referenceTo } from './fhir-ids';
import { roundsUrl, taxonomySystem } from './fhir-systems';
import { complexExtension, valueExtension } from './rounds-extensions';

/** Phone, fax and email as work contact points, leaving out the empty ones. */
export function contactPoints(c: { phone?: string; fax?: string; email?: string }): ContactPoint[] {
  const out: ContactPoint[] = [];
  if (c.phone) out.push({ system: 'phone', use: 'work', value: c.phone });
  if (c.fax) out.push({ system: 'fax', use: 'work', value: c.fax });
  if (c.email) out.push({ system: 'email', use: 'work', value: c.email });
  return out;
}

/**
 * Office days as availableTime, one entry per run of days at the same practice location (day-location extensions
 * say which), so the days keep their order.
 */
function availableTimeOf(p: Physician): NonNullable<PractitionerRole['availableTime']> {
  const runs: { at: string; daysOfWeek: Physician['officeDays'] }[] = [];
  for (const day of p.officeDays) {
    const at = p.dayLocations[day] ?? '';
    const last = runs.at(-1);
    if (last && last.at === at) last.daysOfWeek.push(day);
    else runs.push({ at, daysOfWeek: [day] });
  }
  return runs.map((r) => ({ daysOfWeek: r.daysOfWeek }));
}

/** The physician's place in the directory: practice, its locations, specialty (NUCC), contacts, office days. */
export function practitionerRoleOf(
  p: Physician,
  practice: Practice | undefined,
  style: ReferenceStyle,
): PractitionerRole {
  const telecom = contactPoints(p);
  const organization = practice
    ? {
        reference: referenceTo(style, 'Organization', practice.id),
        ...(p.practiceName ? { display: p.practiceName } : {}),
      }
    : p.practiceName
      ? { display: p.practiceName }
      : undefined;
  const locations = (practice?.locations ?? []).map((_, i) => ({
    reference: referenceTo(style, 'Location', derivedId(practice?.id ?? '', derivedKinds.location + i)),
  }));
  const specialty =
    p.specialty || p.taxonomyCode
      ? [
          {
            ...(p.taxonomyCode ? { coding: [{ system: taxonomySystem, code: p.taxonomyCode }] } : {}),
            ...(p.specialty ? { text: p.specialty } : {}),
          },
        ]
      : undefined;
  return {
    resourceType: 'PractitionerRole',
    id: derivedId(p.id, derivedKinds.role),
    meta: { lastUpdated: p.updatedAt },
    extension: [
      ...valueExtension(roundsUrl.networkStatus, 'Code', p.networkStatus),
      ...valueExtension(roundsUrl.preferredContact, 'Code', p.preferredContact),
      ...valueExtension(roundsUrl.tier, 'Code', p.tier),
      ...valueExtension(roundsUrl.visitEveryDays, 'Integer', p.visitEveryDays),
      // Staff belong to the physician in Rounds (not to the practice), so they stay on the role, not Organization.contact.
      ...p.staff.map((s) =>
        complexExtension(roundsUrl.staff, {
          name: s.name,
          role: s.role,
          phone: s.phone,
          email: s.email,
          notes: s.notes,
        }),
      ),
      ...Object.entries(p.dayLocations).map(([day, location]) =>
        complexExtension(roundsUrl.dayLocation, { day, location }),
      ),
    ],
    active: p.deletedAt === null,
    practitioner: { reference: referenceTo(style, 'Practitioner', p.id) },
    ...(organization ? { organization } : {}),
    ...(locations.length ? { location: locations } : {}),
    ...(specialty ? { specialty } : {}),
    ...(telecom.length ? { telecom } : {}),
    ...(p.officeDays.length ? { availableTime: availableTimeOf(p) } : {}),
  };
}
