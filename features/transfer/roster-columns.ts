/** What a roster column can fill in. `prefixAndCredentials` is a mixed "DR.|M.D." cell. */
export const rosterFields = [
  'npi',
  'entityType',
  'prefix',
  'first',
  'middle',
  'last',
  'suffix',
  'credentials',
  'prefixAndCredentials',
  'specialty',
  'taxonomyCode',
  'practiceName',
  'address',
  'address2',
  'city',
  'state',
  'postalCode',
  'phone',
  'fax',
  'email',
  'tags',
  'networkStatus',
  'tier',
  'visitEveryDays',
  'officeDays',
  'preferredContact',
] as const;
export type RosterField = (typeof rosterFields)[number];

/** Field → column index in the file. Fields without a column are absent. */
export type ColumnMapping = Partial<Record<RosterField, number>>;

/** Known headers, folded (lower case, punctuation as spaces): NPPES dissemination files, our sample, CRM exports. */
const aliases: Record<RosterField, string[]> = {
  npi: ['npi', 'npi number', 'provider npi', 'national provider identifier'],
  entityType: ['entity type code', 'entity type', 'resourcetype', 'resource type'],
  prefix: ['provider name prefix text', 'prefix', 'salutation'],
  first: ['provider first name', 'first name', 'firstname', 'first', 'given first', 'given name'],
  middle: ['provider middle name', 'middle name', 'middle', 'given middle', 'middle initial'],
  last: ['provider last name legal name', 'last name', 'lastname', 'last', 'family', 'family name', 'surname'],
  suffix: ['provider name suffix text', 'suffix'],
  credentials: ['provider credential text', 'credentials', 'credential', 'degree', 'degrees'],
  prefixAndCredentials: ['prefix list fhir'],
  specialty: ['specialty', 'primary specialty', 'specialty description', 'taxonomy text'],
  taxonomyCode: ['healthcare provider taxonomy code 1', 'taxonomy code', 'taxonomy', 'primary taxonomy code'],
  practiceName: [
    'practice name',
    'practice',
    'account name',
    'account',
    'organization name',
    'org name',
    'provider organization name legal business name',
    'group name',
    'clinic',
    'company',
  ],
  address: [
    'provider first line business practice location address',
    'address line',
    'address',
    'address 1',
    'address line 1',
    'street',
    'street address',
    'mailing street',
  ],
  address2: ['provider second line business practice location address', 'address 2', 'address line 2'],
  city: ['provider business practice location address city name', 'city', 'mailing city'],
  state: ['provider business practice location address state name', 'state', 'mailing state', 'state province'],
  postalCode: [
    'provider business practice location address postal code',
    'postal code',
    'postalcode',
    'zip',
    'zip code',
    'mailing zip postal code',
  ],
  phone: [
    'provider business practice location address telephone number',
    'phone',
    'phone number',
    'office phone',
    'business phone',
    'telephone',
  ],
  fax: ['provider business practice location address fax number', 'fax', 'fax number', 'office fax', 'business fax'],
  email: ['email', 'email address', 'e mail', 'e mail address'],
  // The physicians CSV export's headers come first, so an export re-imports as a roster.
  tags: ['tags', 'territory', 'territories', 'tag'],
  networkStatus: ['network status', 'network', 'affiliation'],
  tier: ['tier', 'priority'],
  visitEveryDays: ['visit every days', 'visit cadence days', 'cadence', 'visit every'],
  officeDays: ['office days', 'days in office', 'clinic days'],
  preferredContact: ['preferred contact', 'contact preference'],
};

/** Folds a header for matching: `Provider Last Name (Legal Name)` → `provider last name legal name`. */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Guesses which column holds each field from the header row; the user can correct the result. */
export function detectColumns(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(foldHeader);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of rosterFields) {
    // Aliases are in order of preference, so "practice name" beats a bare "practice".
    for (const alias of aliases[field]) {
      const index = folded.findIndex((h, i) => h === alias && !taken.has(i));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}
