import { normalizeCredentialList } from '../names/credentials';
import { isAllCaps, recaseFamilyName, recaseWord } from '../names/name-case';
import type { RegistryRecord } from './registry-response';

/** A registry entry in Rounds' own terms, ready to prefill a physician or practice. */
export interface RegistryResult {
  npi: string;
  kind: 'individual' | 'organization';
  first: string;
  middle: string;
  last: string;
  /** Set for organizations (NPI-2); empty for individuals. */
  organizationName: string;
  credentials: string[];
  /** The primary taxonomy's description, e.g. "Orthopaedic Surgery". */
  specialty: string;
  taxonomyCode: string;
  address: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  fax: string;
}

/** Registry names are ALL CAPS: give them the casing a person would write. */
function nameCase(text: string, family: boolean): string {
  if (!isAllCaps(text)) return text.trim();
  const words = text.trim().split(/\s+/).filter(Boolean);
  return (family ? recaseFamilyName(words) : words.map((w) => recaseWord(w, false))).join(' ');
}

/** "288014811" → "28801-4811". */
function formatPostalCode(code: string): string {
  return /^\d{9}$/.test(code) ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/** Converts one parsed registry record; the practice location is preferred over the mailing address. */
export function toRegistryResult(record: RegistryRecord): RegistryResult {
  const { basic } = record;
  const location = record.addresses.find((a) => a.address_purpose.toUpperCase() === 'LOCATION') ?? record.addresses[0];
  const taxonomy = record.taxonomies.find((t) => t.primary) ?? record.taxonomies[0];
  const individual = record.enumeration_type === 'NPI-1';
  return {
    npi: record.number,
    kind: individual ? 'individual' : 'organization',
    first: individual ? nameCase(basic.first_name, false) : '',
    middle: individual ? nameCase(basic.middle_name, false) : '',
    last: individual ? nameCase(basic.last_name, true) : '',
    organizationName: individual ? '' : basic.organization_name.trim(),
    credentials: individual && basic.credential ? normalizeCredentialList(basic.credential).credentials : [],
    specialty: taxonomy?.desc ?? '',
    taxonomyCode: taxonomy?.code ?? '',
    address: [location?.address_1, location?.address_2].filter(Boolean).join(', '),
    city: location?.city ?? '',
    state: location?.state ?? '',
    postalCode: formatPostalCode(location?.postal_code ?? ''),
    phone: location?.telephone_number ?? '',
    fax: location?.fax_number ?? '',
  };
}
