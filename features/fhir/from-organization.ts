import type { z } from 'zod';
import type { practiceLocation } from '../../storage/schemas';
import { withLocationIds } from '../../storage/upgrades/field-day';
import { nameCase } from '../transfer/roster-row';
import { referencedId } from './fhir-ids';
import type { LocationInput, OrganizationInput } from './fhir-input';
import { roundsUrl } from './fhir-systems';
import { addressFields, contactsOf, fromRounds, recordIdOf, stampsOf, tagsOf } from './from-fhir-common';
import { extensionValue } from './rounds-extensions';

type PracticeLocation = z.input<typeof practiceLocation>;

/** A practice row built from an Organization (with the Locations it manages), before schema validation. */
export interface PracticeCandidate {
  /** The Organization's id in the file, which PractitionerRole.organization refers to. */
  fhirId: string | undefined;
  place: string;
  row: Record<string, unknown>;
}

/**
 * Organizations become practices. Their Locations (in file order) become the practice's locations; an
 * Organization without Locations (NPPES) has its own addresses and contacts as locations instead.
 */
export function practicesOf(
  organizations: { place: string; resource: OrganizationInput }[],
  locations: { place: string; resource: LocationInput }[],
  now: string,
): { practices: PracticeCandidate[]; notImported: { place: string; reason: string }[] } {
  const notImported: { place: string; reason: string }[] = [];
  const byOrganization = new Map<string, LocationInput[]>();
  const known = new Set(organizations.flatMap((o) => (o.resource.id ? [o.resource.id] : [])));
  for (const { place, resource } of locations) {
    const organization = referencedId(resource.managingOrganization?.reference, 'Organization');
    if (!organization || !known.has(organization)) {
      notImported.push({ place, reason: 'a Location whose managing Organization is not in the file' });
      continue;
    }
    byOrganization.set(organization, [...(byOrganization.get(organization) ?? []), resource]);
  }
  const practices: PracticeCandidate[] = [];
  for (const { place, resource: o } of organizations) {
    const name = o.name?.trim();
    if (!name) {
      notImported.push({ place, reason: 'an Organization without a name (Rounds needs one for a practice)' });
      continue;
    }
    const asWritten = fromRounds(o);
    const own = byOrganization.get(o.id ?? '');
    const locationRows: PracticeLocation[] = own
      ? own.map((l) => ({
          id: extensionValue(l.extension, roundsUrl.locationId) ?? '',
          label: l.name ?? '',
          hours: hoursFrom(l.hoursOfOperation),
          ...addressFields(l.address, asWritten, nameCase),
          ...phoneAndFax(contactsOf(l.telecom, asWritten)),
        }))
      : (o.address ?? []).map((a, i) => ({
          label: '',
          ...addressFields(a, asWritten, nameCase),
          ...(i === 0 ? phoneAndFax(contactsOf(o.telecom, asWritten)) : {}),
        }));
    practices.push({
      fhirId: o.id,
      place,
      row: {
        id: recordIdOf(o, place),
        ...stampsOf(o, now),
        name: asWritten ? name : nameCase(name),
        // A location from another file has no Rounds id: given one as the repository would ("L1", "L2"…).
        locations: asWritten ? locationRows : withLocationIds(locationRows),
        tags: tagsOf(o),
      },
    });
  }
  return { practices, notImported };
}

/** Office hours per weekday: the text Rounds wrote, else the opening and closing times ("08:30–17:00"). */
function hoursFrom(hours: LocationInput['hoursOfOperation']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of hours ?? []) {
    const text = extensionValue(h.extension, roundsUrl.hoursText) ?? timesText(h);
    for (const day of h.daysOfWeek ?? []) if (text) out[day] = out[day] ? `${out[day]}, ${text}` : text;
  }
  return out;
}

const timesText = (h: { openingTime?: string; closingTime?: string }) =>
  h.openingTime && h.closingTime ? `${h.openingTime.slice(0, 5)}–${h.closingTime.slice(0, 5)}` : '';

const phoneAndFax = (c: { phone: string; fax: string }) => ({ phone: c.phone, fax: c.fax });
