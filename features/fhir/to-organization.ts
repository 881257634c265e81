import type { Location, Organization } from '@medplum/fhirtypes';
import { type Practice, type PracticeLocation, weekdays } from '../../storage/schemas';
import { derivedId, derivedKinds, type ReferenceStyle, referenceTo } from './fhir-ids';
import { organizationTypeSystem, roundsUrl } from './fhir-systems';
import { tagCodings, valueExtension } from './rounds-extensions';
import { contactPoints } from './to-practitioner-role';

/** A practice as a healthcare-provider Organization; its addresses go out as Locations. */
export function organizationOf(practice: Practice): Organization {
  return {
    resourceType: 'Organization',
    id: practice.id,
    meta: { lastUpdated: practice.updatedAt, ...(practice.tags.length ? { tag: tagCodings(practice.tags) } : {}) },
    extension: [
      ...valueExtension(roundsUrl.createdAt, 'DateTime', practice.createdAt),
      ...valueExtension(roundsUrl.deletedAt, 'DateTime', practice.deletedAt),
    ],
    active: practice.deletedAt === null,
    type: [{ coding: [{ system: organizationTypeSystem, code: 'prov', display: 'Healthcare Provider' }] }],
    name: practice.name,
  };
}

/** One Location per practice location, managed by the practice's Organization, in the practice's order. */
export function locationsOf(practice: Practice, style: ReferenceStyle): Location[] {
  return practice.locations.map((l, i) => {
    const address = {
      ...(l.address ? { line: [l.address] } : {}),
      ...(l.city ? { city: l.city } : {}),
      ...(l.state ? { state: l.state } : {}),
      ...(l.postalCode ? { postalCode: l.postalCode } : {}),
    };
    const telecom = contactPoints(l);
    const hoursOfOperation = hoursOf(l.hours);
    return {
      resourceType: 'Location',
      id: derivedId(practice.id, derivedKinds.location + i),
      meta: { lastUpdated: practice.updatedAt },
      ...(l.id ? { extension: valueExtension(roundsUrl.locationId, 'String', l.id) } : {}),
      status: practice.deletedAt === null ? 'active' : 'inactive',
      mode: 'instance',
      ...(l.label ? { name: l.label } : {}),
      ...(Object.keys(address).length ? { address: { use: 'work', ...address } } : {}),
      ...(telecom.length ? { telecom } : {}),
      ...(hoursOfOperation.length ? { hoursOfOperation } : {}),
      managingOrganization: { reference: referenceTo(style, 'Organization', practice.id) },
    } satisfies Location;
  });
}

const time = (h: string, m: string | undefined) => `${h.padStart(2, '0')}:${m ?? '00'}:00`;

/**
 * Office hours per weekday as hoursOfOperation. Rounds keeps them as written ("8–12, 13–17"), so the text travels
 * in an extension; a single 24-hour range ("8:30–17") also fills openingTime and closingTime.
 */
export function hoursOf(hours: PracticeLocation['hours']): NonNullable<Location['hoursOfOperation']> {
  return weekdays.flatMap((day) => {
    const text = hours[day];
    if (!text) return [];
    const range = /^(\d{1,2})(?::([0-5]\d))?\s*[-–]\s*(\d{1,2})(?::([0-5]\d))?$/.exec(text.trim());
    const [open, close] = range ? [time(range[1] ?? '', range[2]), time(range[3] ?? '', range[4])] : ['', ''];
    const times = range && open < close && close < '24:00:00' ? { openingTime: open, closingTime: close } : {};
    return [{ extension: valueExtension(roundsUrl.hoursText, 'String', text), daysOfWeek: [day], ...times }];
  });
}
