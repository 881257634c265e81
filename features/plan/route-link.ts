/**
 * A multi-stop directions link for a maps site, built from the stops' addresses in order. Rounds makes no network
 * call of its own: the user opens the link (a new tab), and the maps site sees the office addresses, nothing else.
 * No geocoding: addresses go as written. Google Maps' documented URL form (api=1): origin, waypoints, destination.
 */
export function routeUrl(addresses: readonly string[]): string | null {
  const stops = addresses.map((a) => a.trim()).filter(Boolean);
  if (stops.length === 0) return null;
  const url = new URL('https://www.google.com/maps/dir/');
  url.searchParams.set('api', '1');
  if (stops.length === 1) {
    url.searchParams.set('destination', stops[0] as string);
  } else {
    url.searchParams.set('origin', stops[0] as string);
    url.searchParams.set('destination', stops[stops.length - 1] as string);
    if (stops.length > 2) url.searchParams.set('waypoints', stops.slice(1, -1).join('|'));
  }
  url.searchParams.set('travelmode', 'driving');
  return url.toString();
}
