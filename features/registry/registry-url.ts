/** The registry API version Rounds speaks; the fixtures and the parser follow its shape. */
export const registryApiVersion = '2.1';

/** The URL of one registry query: the base URL from settings, `version=2.1`, and the non-empty parameters. */
export function registryUrl(baseUrl: string, params: Record<string, string | number | undefined>): URL {
  const url = new URL(baseUrl);
  url.searchParams.set('version', registryApiVersion);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && String(value).trim() !== '') url.searchParams.set(name, String(value).trim());
  }
  return url;
}
