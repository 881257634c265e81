import type { Location, Organization } from '@medplum/fhirtypes';
import type { Practice } from '../../storage/schemas';
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
    return {
      resourceType: 'Location',
      id: derivedId(practice.id, derivedKinds.location + i),
      meta: { lastUpdated: practice.updatedAt },
      status: practice.deletedAt === null ? 'active' : 'inactive',
      mode: 'instance',
      ...(l.label ? { name: l.label } : {}),
      ...(Object.keys(address).length ? { address: { use: 'work', ...address } } : {}),
      ...(telecom.length ? { telecom } : {}),
      managingOrganization: { reference: referenceTo(style, 'Organization', practice.id) },
    } satisfies Location;
  });
}
