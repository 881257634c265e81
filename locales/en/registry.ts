import type { Messages } from '../types';

/** English (source) texts of registry. */
export const registry = {
  'registry.theSearchNeedsAValid': 'The search needs a valid NPI or a last name.',
  'registry.theNpiRegistryHasNo': 'The NPI Registry has no one matching this search.',
  'registry.theNpiRegistryDidNot': 'The NPI Registry did not accept this search.',
  'registry.theNpiRegistryIsBusy': 'The NPI Registry is busy: try again in a minute.',
  'registry.theNpiRegistryIsHaving': 'The NPI Registry is having trouble: try again later.',
  'registry.theNpiRegistryRefusedThe': 'The NPI Registry refused the request.',
  'registry.theNpiRegistryCannotBe': 'The NPI Registry cannot be reached: check the connection.',
  'registry.theNpiRegistryTookToo': 'The NPI Registry took too long to answer.',
  'registry.theNpiRegistrySentAn': 'The NPI Registry sent an answer Rounds cannot read.',
  'registry.roundsNeedsYourPermissionTo': 'Rounds needs your permission to reach {host} to look physicians up.',
  'registry.result': '{name} (NPI {npi})',
  'registry.resultWithDetails': '{name} — {details} (NPI {npi})',
} satisfies Messages;
