/**
 * The key that ties notes and referrals to "this page" of a portal: origin + path + only the query
 * parameters the portal names as identifying (patient, referral, appointment), sorted by name then value.
 * Everything else (session tokens, timestamps, tracking) is dropped, so the same record's page gets the
 * same key across visits and no secret ends up in storage.
 *
 * Hash decision: an anchor (#section) is dropped, but a hash-router route ("#/…" or "#!/…") is kept,
 * because single-page portals put the record there ("#/patients/123?tab=notes"). The route's own query
 * is filtered by the same rule, and its parameters count as identifying only when named.
 */
export function pageKey(url: string | URL, pageKeyParams: readonly string[]): string {
  const parsed = new URL(url);
  const wanted = new Set(pageKeyParams.map((name) => name.toLowerCase()));
  let key = parsed.origin + parsed.pathname + identifyingQuery(parsed.searchParams, wanted);
  const route = hashRoute(parsed.hash);
  if (route) {
    const q = route.indexOf('?');
    const routePath = q < 0 ? route : route.slice(0, q);
    key += `#${routePath}${q < 0 ? '' : identifyingQuery(new URLSearchParams(route.slice(q + 1)), wanted)}`;
  }
  return key;
}

/** The part after "#" when it is an SPA route ("/…" or "!/…"), else null. */
export function hashRoute(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body.startsWith('/') || body.startsWith('!/') ? body : null;
}

// Parameter names compare case-insensitively (PatientID vs patientId in the same portal); values are exact.
function identifyingQuery(params: URLSearchParams, wanted: ReadonlySet<string>): string {
  const kept: Array<[string, string]> = [];
  for (const [name, value] of params) if (wanted.has(name.toLowerCase())) kept.push([name.toLowerCase(), value]);
  if (kept.length === 0) return '';
  kept.sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)));
  return `?${new URLSearchParams(kept).toString()}`;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
