import { isValidNpi } from '../../storage/npi';
import { RegistryError } from './registry-error';
import { registryResponse } from './registry-response';
import { type RegistryResult, toRegistryResult } from './registry-result';
import { registryUrl } from './registry-url';

/** The part of `fetch` the client uses; tests and the background pass their own. */
export type FetchLike = (input: URL, init: RequestInit) => Promise<Response>;

export interface RegistryClientOptions {
  fetch: FetchLike;
  /** Settings' `registryBaseUrl`, e.g. https://npiregistry.cms.hhs.gov/api/ */
  baseUrl: string;
  timeoutMs?: number;
  /** Most results one name search returns (the API allows up to 200). */
  limit?: number;
}

export interface NameQuery {
  first?: string;
  last: string;
  /** Two-letter state code. */
  state?: string;
}

function retryAfterSeconds(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

async function send(fetch: FetchLike, url: URL, timeoutMs: number, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    return await fetch(url, {
      headers: { accept: 'application/json' },
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
  } catch (error) {
    // The caller's own abort is theirs to handle; everything else is the network's fault.
    if (signal?.aborted) throw error;
    if (timeout.aborted)
      throw new RegistryError('timeout', 'The NPI Registry did not answer in time.', { cause: error });
    throw new RegistryError('network', 'The NPI Registry could not be reached.', { cause: error });
  }
}

async function query(options: RegistryClientOptions, url: URL, signal?: AbortSignal): Promise<RegistryResult[]> {
  const response = await send(options.fetch, url, options.timeoutMs ?? 10_000, signal);
  const status = response.status;
  if (status === 429) {
    const retry = retryAfterSeconds(response);
    throw new RegistryError('rate-limited', 'The NPI Registry asked to slow down (HTTP 429).', {
      status,
      ...(retry === undefined ? {} : { retryAfterSeconds: retry }),
    });
  }
  if (status >= 500) throw new RegistryError('server-error', `The NPI Registry failed (HTTP ${status}).`, { status });
  if (!response.ok)
    throw new RegistryError('http-error', `The NPI Registry refused the request (HTTP ${status}).`, { status });
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new RegistryError('malformed', 'The NPI Registry answer is not JSON.', { status, cause: error });
  }
  const parsed = registryResponse.safeParse(body);
  if (!parsed.success) {
    throw new RegistryError('malformed', 'The NPI Registry answer has an unexpected shape.', {
      status,
      cause: parsed.error,
    });
  }
  if ('Errors' in parsed.data) {
    const issues = parsed.data.Errors;
    throw new RegistryError('api-error', issues.map((i) => i.description).join('; '), { status, issues });
  }
  if (parsed.data.results.length === 0) throw new RegistryError('no-results', 'No registry entry matches.', { status });
  return parsed.data.results.map(toRegistryResult);
}

/** An NPPES NPI Registry (API v2.1) client over an injected fetch and base URL. */
export function createRegistryClient(options: RegistryClientOptions) {
  return {
    /** The registry entry for one NPI; throws RegistryError ('no-results' when the NPI is not issued). */
    async lookupByNpi(npi: string, signal?: AbortSignal): Promise<RegistryResult> {
      const number = npi.trim();
      if (!isValidNpi(number)) throw new RegistryError('invalid-request', `${npi} is not a valid NPI.`);
      const [first] = await query(options, registryUrl(options.baseUrl, { number }), signal);
      if (!first) throw new RegistryError('no-results', 'No registry entry matches.');
      return first;
    },

    /** Individuals (NPI-1) by name, optionally in one state; a trailing * is a prefix search. Throws RegistryError. */
    async searchByName(name: NameQuery, signal?: AbortSignal): Promise<RegistryResult[]> {
      const last = name.last.trim();
      const state = name.state?.trim().toUpperCase() ?? '';
      if (last.replace(/\*$/, '').length < 2)
        throw new RegistryError('invalid-request', 'A last name needs two letters or more.');
      if (state && !/^[A-Z]{2}$/.test(state))
        throw new RegistryError('invalid-request', `${name.state} is not a state code.`);
      const url = registryUrl(options.baseUrl, {
        enumeration_type: 'NPI-1',
        first_name: name.first,
        last_name: last,
        state,
        limit: options.limit ?? 50,
      });
      return query(options, url, signal);
    },
  };
}
export type RegistryClient = ReturnType<typeof createRegistryClient>;
