import { foldName } from '../../storage/name-keys';
import { normaliseCredentials, splitPrefixAndCredentials } from '../transfer/credentials';
import { nameCase } from '../transfer/roster-row';
import { stableUuid } from './fhir-ids';
import type { PractitionerInput, PractitionerRoleInput } from './fhir-input';
import { isNpiSystem, isTaxonomySystem, roundsUrl } from './fhir-systems';
import { addressFields, contactsOf, fromRounds, recordIdOf, stampsOf, tagsOf } from './from-fhir-common';
import { complexValues, extensionInteger, extensionValue } from './rounds-extensions';

/** Where each physician field came from in the resource, so a schema problem names the FHIR element. */
export const physicianFieldPlaces: Record<string, string> = {
  npi: 'identifier',
  last: 'name',
  first: 'name',
  middle: 'name',
  prefix: 'name',
  suffix: 'name',
  credentials: 'qualification',
  specialty: 'qualification',
  taxonomyCode: 'qualification',
  phone: 'telecom',
  fax: 'telecom',
  email: 'telecom',
};

export interface PhysicianCandidate {
  place: string;
  row: Record<string, unknown>;
  /** NPPES practitioners carry their practice address themselves: a practice named after it, shared by address. */
  addressPractice: { id: string; name: string; row: Record<string, unknown> } | null;
}

/** A physician row from a Practitioner and its first PractitionerRole, before schema validation. */
export function physicianOf(
  place: string,
  p: PractitionerInput,
  role: PractitionerRoleInput | undefined,
  practice: { id: string; name: string } | undefined,
  context: { now: string; fileName: string },
): PhysicianCandidate | { notImported: string } {
  const name = p.name?.find((n) => n.use === 'official') ?? p.name?.[0];
  const asWritten = fromRounds(p);
  const text = (s: string | undefined) => (asWritten ? (s ?? '') : nameCase((s ?? '').trim()));
  if (!name?.family?.trim()) return { notImported: 'a Practitioner without a family name (Rounds needs a last name)' };
  const [first, ...middle] = name.given ?? [];
  const mixed = asWritten
    ? { prefix: (name.prefix ?? []).join(' '), credentials: [] }
    : splitPrefixAndCredentials((name.prefix ?? []).join('|'));
  // NPPES conversions list specialties (NUCC-coded, one per licence state) as qualifications: not credentials.
  const isTaxonomy = (q: NonNullable<PractitionerInput['qualification']>[number]) =>
    !!q.code.coding?.some((c) => isTaxonomySystem(c.system));
  const taxonomy = p.qualification?.find(isTaxonomy);
  const credentials = (p.qualification ?? [])
    .filter((q) => !isTaxonomy(q))
    .flatMap((q) => {
      const credential = q.code.text ?? q.code.coding?.[0]?.code ?? '';
      return asWritten ? [credential] : normaliseCredentials(credential);
    });
  const specialty = role?.specialty?.[0] ?? taxonomy?.code;
  const taxonomyCode = specialty?.coding?.find((c) => isTaxonomySystem(c.system))?.code ?? '';
  const contacts = contactsOf(role?.telecom?.length ? role.telecom : p.telecom, asWritten);
  const stamps = stampsOf(p, context.now);
  const ext = role?.extension;
  const source = complexValues(p.extension, roundsUrl.source)[0] ?? {
    kind: 'import',
    file: context.fileName.slice(0, 300),
    at: context.now,
  };
  const location = !practice && !role?.organization && p.address?.[0] ? p.address[0] : undefined;
  const addressPractice = location ? practiceAt(location, contacts, asWritten, stamps) : null;
  const row = {
    id: recordIdOf(p, place),
    ...stamps,
    prefix: mixed.prefix,
    first: text(first),
    middle: text(middle.join(' ')),
    last: text(name.family),
    suffix: (name.suffix ?? []).join(' '),
    credentials: [...new Set([...credentials, ...mixed.credentials])],
    npi: p.identifier?.find((i) => isNpiSystem(i.system))?.value?.trim(),
    specialty: (specialty?.text ?? specialty?.coding?.[0]?.display ?? '').trim(),
    taxonomyCode: taxonomyCode.toUpperCase(),
    practiceId: practice?.id ?? addressPractice?.id ?? null,
    // The physician's own practice text travels as the reference's display; other files name the Organization.
    practiceName: role?.organization?.display ?? (asWritten ? '' : (practice?.name ?? addressPractice?.name ?? '')),
    ...contacts,
    staff: complexValues(ext, roundsUrl.staff),
    officeDays: role?.availableTime?.flatMap((t) => t.daysOfWeek ?? []) ?? [],
    dayLocations: Object.fromEntries(complexValues(ext, roundsUrl.dayLocation).map((d) => [d.day, d.location])),
    tier: extensionValue(ext, roundsUrl.tier) ?? null,
    visitEveryDays: extensionInteger(ext, roundsUrl.visitEveryDays) ?? null,
    preferredContact: extensionValue(ext, roundsUrl.preferredContact) ?? null,
    networkStatus: extensionValue(ext, roundsUrl.networkStatus) ?? 'unknown',
    tags: tagsOf(p),
    source,
  };
  return { place, row, addressPractice };
}

/** The practice an address names: "3500 Central Ave, Kearney", as a roster import names it. */
function practiceAt(
  a: NonNullable<PractitionerInput['address']>[number],
  contacts: { phone: string; fax: string },
  asWritten: boolean,
  stamps: { createdAt: string; updatedAt: string },
) {
  const location = {
    id: 'L1',
    label: '',
    ...addressFields(a, asWritten, nameCase),
    phone: contacts.phone,
    fax: contacts.fax,
  };
  const name = [location.address, location.city].filter(Boolean).join(', ').slice(0, 200);
  if (!name) return null;
  const id = stableUuid('address-practice', foldName(name));
  return { id, name, row: { id, ...stamps, deletedAt: null, name, locations: [location], tags: [] } };
}
