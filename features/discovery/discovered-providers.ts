import type { DiscoveredProvider } from '../../messaging/page-context';
import type { DirectoryIndex } from '../detection/directory-index';
import type { ProviderCandidate } from './provider-candidates';

/** At most this many providers are proposed for one page (a directory-sized page is not a referral screen). */
export const maxDiscovered = 100;

/**
 * "Not in your directory yet" for one page: the candidates of every block, once per provider, in page order,
 * without those the directory already holds (matched the way detection matches a page: `idsInText`).
 */
export function discoveredProviders(
  perBlock: ReadonlyMap<number, readonly ProviderCandidate[]>,
  index: DirectoryIndex,
): DiscoveredProvider[] {
  const out = new Map<string, DiscoveredProvider>();
  for (const candidates of perBlock.values()) {
    for (const { key, display, name } of candidates) {
      if (out.has(key) || isKnown(index, display, name)) continue;
      const { prefix, first, middle, last, suffix, credentials, npi } = name;
      out.set(key, { key, display, prefix, first, middle, last, suffix, credentials, ...(npi ? { npi } : {}) });
      if (out.size >= maxDiscovered) return [...out.values()];
    }
  }
  return [...out.values()];
}

/** In the directory: named as shown (with its NPI), or by first and last name alone (middle names vary by source). */
function isKnown(index: DirectoryIndex, display: string, name: ProviderCandidate['name']): boolean {
  return (
    index.idsInText(`${display} ${name.npi ?? ''}`).length > 0 ||
    index.idsInText(`${name.first} ${name.last}`).length > 0
  );
}
