import { t } from '../../locales/i18n';
import type { PhysicianDraft } from '../directory/physician-form-state';
import type { RegistryResult } from './registry-result';

/** "Jane Smith, MD — Cardiology, Atlanta, GA (NPI 1234567893)": one registry entry as a choice. */
export function describeRegistryResult(r: RegistryResult): string {
  const name = r.kind === 'organization' ? r.organizationName : [r.first, r.middle, r.last].filter(Boolean).join(' ');
  const withCredentials = r.credentials.length ? `${name}, ${r.credentials.join(', ')}` : name;
  const place = [r.city, r.state].filter(Boolean).join(', ');
  const details = [r.specialty, place].filter(Boolean).join(', ');
  return details
    ? t('registry.resultWithDetails', { name: withCredentials, details, npi: r.npi })
    : t('registry.result', { name: withCredentials, npi: r.npi });
}

/** The practice location as one line: "1 Main St, Suite 2, Atlanta, GA 30303-1234". */
export function registryAddress(r: RegistryResult): string {
  const stateZip = [r.state, r.postalCode].filter(Boolean).join(' ');
  return [r.address, r.city, stateZip].filter(Boolean).join(', ');
}

/**
 * The draft fields a registry entry fills: NPI, specialty (primary taxonomy), practice address, phone and fax;
 * names and credentials only where the form is still empty (what the user typed wins).
 */
export function fillFromRegistry(draft: PhysicianDraft, r: RegistryResult): Partial<PhysicianDraft> {
  return {
    npi: r.npi,
    ...(draft.first.trim() ? {} : { first: r.first }),
    ...(draft.last.trim() ? {} : { last: r.last }),
    ...(draft.credentials.trim() ? {} : { credentials: r.credentials.join(', ') }),
    ...(r.specialty ? { specialty: r.specialty } : {}),
    ...(r.taxonomyCode ? { taxonomyCode: r.taxonomyCode } : {}),
    ...(draft.practiceName.trim() ? {} : { practiceName: registryAddress(r) }),
    ...(r.phone ? { phone: r.phone } : {}),
    ...(r.fax ? { fax: r.fax } : {}),
  };
}
