/** Code systems and identifier systems Rounds writes and reads in FHIR R4 (one place for every URL). */
export const npiSystem = 'http://hl7.org/fhir/sid/us-npi';
/** NUCC Health Care Provider Taxonomy: the code set of NPPES specialties. */
export const taxonomySystem = 'http://nucc.org/provider-taxonomy';
/** HL7 v2 table 0360 (degree/licence/certificate) for the credentials it lists. */
export const degreeSystem = 'http://terminology.hl7.org/CodeSystem/v2-0360/2.7';
export const organizationTypeSystem = 'http://terminology.hl7.org/CodeSystem/organization-type';
export const dataAbsentReasonUrl = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/**
 * Rounds' own definitions (extensions, code systems, tags) for what FHIR has no element for. Rounds has no
 * web site, so the base is a URN under Rounds' name: absolute and unambiguous, never fetched.
 */
export const roundsBase = 'urn:rounds:fhir';
export const roundsUrl = {
  tag: `${roundsBase}:tag`,
  createdAt: `${roundsBase}:created-at`,
  deletedAt: `${roundsBase}:deleted-at`,
  source: `${roundsBase}:source`,
  networkStatus: `${roundsBase}:network-status`,
  preferredContact: `${roundsBase}:preferred-contact`,
  staff: `${roundsBase}:staff-member`,
  referralStage: `${roundsBase}:referral-stage`,
  activityType: `${roundsBase}:activity-type`,
  followUpKind: `${roundsBase}:follow-up-kind`,
  snoozedUntil: `${roundsBase}:snoozed-until`,
  tier: `${roundsBase}:tier`,
  visitEveryDays: `${roundsBase}:visit-every-days`,
  dayLocation: `${roundsBase}:day-location`,
  locationId: `${roundsBase}:location-id`,
  hoursText: `${roundsBase}:hours-text`,
  outreachLocation: `${roundsBase}:outreach-location`,
} as const;

/** Credentials that v2 table 0360 lists with exactly our spelling. */
export const degreeCodes: ReadonlySet<string> = new Set(['MD', 'DO', 'PharmD', 'RN', 'NP', 'PA', 'DPM', 'DDS']);

/** The identifier system of an NPI as written by NPPES conversions ("NPI") or by the spec. */
export function isNpiSystem(system: string | undefined): boolean {
  return system === npiSystem || system?.toUpperCase() === 'NPI';
}

/** NUCC taxonomy as written by NPPES conversions ("NUCC") or by its URL. */
export function isTaxonomySystem(system: string | undefined): boolean {
  return system === taxonomySystem || system?.toUpperCase() === 'NUCC';
}
