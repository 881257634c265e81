import { t } from '../../locales/i18n';
/**
 * Portal addresses as a liaison types them ("portal.example.org", "https://portal.example.org/referrals/"),
 * turned into the origin and path prefix Rounds stores, and the match patterns it asks the browser for.
 * Plain code (no zod): the options page, the popup and the background all use it.
 */

export interface PortalAddress {
  origin: string;
  /** "/" for the whole origin, else a prefix ending in "/" or the page path typed. */
  pathPrefix: string;
}

export type ParsedAddress = { ok: true; address: PortalAddress } | { ok: false; message: string };

/** Parses what a user typed into an http(s) origin and path prefix, or a message that says what is wrong. */
export function parsePortalAddress(input: string): ParsedAddress {
  const typed = input.trim();
  if (!typed) return { ok: false, message: t('portals.typeThePortalSAddress') };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: t('portals.typedIsNotAWeb', { typed }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: t('portals.aPortalAddressStartsWith') };
  }
  if (!url.hostname || url.username || url.password) {
    return { ok: false, message: t('portals.aPortalAddressNamesA') };
  }
  if (url.hostname.includes('*')) return { ok: false, message: t('portals.wildcardsAreNotAllowedEnable') };
  return { ok: true, address: { origin: url.origin, pathPrefix: normalisePathPrefix(url.pathname) } };
}

/** "/", "/app", "/app/" → "/", "/app/", "/app/"; a path with characters a match pattern cannot hold → "/". */
export function normalisePathPrefix(path: string): string {
  const trimmed = path.trim() || '/';
  if (!trimmed.startsWith('/') || /[*?#\s]/.test(trimmed)) return '/';
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/**
 * The host permission for an origin. Match patterns carry no port in Firefox (and Chrome ignores one), so the
 * permission covers the host on any port; Rounds itself only acts on the exact origin stored.
 */
export function originPermission(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The content-script match pattern for a portal: its host and path prefix. */
export function portalMatchPattern(portal: PortalAddress): string {
  const url = new URL(portal.origin);
  return `${url.protocol}//${url.hostname}${portal.pathPrefix}*`;
}

/** Whether a page URL belongs to a portal: same origin (port included) and under its path prefix. */
export function portalCovers(portal: PortalAddress, pageUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  return url.origin === portal.origin && url.pathname.startsWith(portal.pathPrefix);
}

/** The most specific portal covering a page (longest path prefix), if any. */
export function portalForUrl<P extends PortalAddress>(portals: readonly P[], pageUrl: string): P | undefined {
  let best: P | undefined;
  for (const p of portals) {
    if (portalCovers(p, pageUrl) && (!best || p.pathPrefix.length > best.pathPrefix.length)) best = p;
  }
  return best;
}

/** Page-key parameter names typed as a list ("patientId, referralId") → a clean, de-duplicated list. */
export function parsePageKeyParams(input: string): string[] {
  const names = input
    .split(/[\s,;]+/)
    .map((n) => n.trim())
    .filter((n) => /^[A-Za-z0-9_.-]{1,100}$/.test(n));
  return [...new Set(names)].slice(0, 20);
}
