import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../dev/registry-replay/replay-server';
import { createRegistryClient, type FetchLike } from './registry-client.background';
import { isRegistryError, type RegistryError } from './registry-error';

let server: ReplayServer;
let client: ReturnType<typeof createRegistryClient>;

beforeAll(async () => {
  server = await startReplayServer();
  client = createRegistryClient({ fetch: (url, init) => fetch(url, init), baseUrl: server.baseUrl, timeoutMs: 2000 });
});
afterAll(() => server.close());
beforeEach(() => server.setMode('replay'));

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (isRegistryError(error)) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

describe('lookupByNpi', () => {
  it('returns the normalised individual', async () => {
    expect(await client.lookupByNpi('1720377294')).toEqual({
      npi: '1720377294',
      kind: 'individual',
      first: 'Elise',
      middle: 'Aileen',
      last: 'Hiza',
      organizationName: '',
      credentials: ['MD'],
      specialty: 'Orthopaedic Surgery',
      taxonomyCode: '207X00000X',
      address: '111 VICTORIA RD',
      city: 'ASHEVILLE',
      state: 'NC',
      postalCode: '28801-4811',
      phone: '828-252-7331',
      fax: '',
    });
    const url = server.requests.at(-1);
    expect(url?.pathname).toBe('/api/');
    expect(url?.searchParams.get('version')).toBe('2.1');
    expect(url?.searchParams.get('number')).toBe('1720377294');
  });

  it('returns an organization as one', async () => {
    expect(await client.lookupByNpi('1568946812')).toMatchObject({
      kind: 'organization',
      organizationName: 'CSP ANESTHESIA LLC',
      first: '',
      last: '',
      credentials: [],
      specialty: 'Anesthesiology',
      taxonomyCode: '207L00000X',
      city: 'VILLA RICA',
      postalCode: '30180-3226',
    });
  });

  it('refuses an invalid NPI without a request', async () => {
    const before = server.requests.length;
    expect((await failure(client.lookupByNpi('1234567890'))).kind).toBe('invalid-request');
    expect(server.requests.length).toBe(before);
  });

  it('reports an unknown NPI as no results', async () => {
    expect((await failure(client.lookupByNpi('1234567893'))).kind).toBe('no-results');
  });
});

describe('searchByName', () => {
  it('finds individuals by first name, last name prefix and state', async () => {
    const bobs = await client.searchByName({ first: 'bob', last: 'ab*' });
    expect(bobs.map((r) => `${r.first} ${r.last}`)).toEqual(['Bob Abernathy']);
    const url = server.requests.at(-1);
    expect(Object.fromEntries(url?.searchParams ?? [])).toMatchObject({
      version: '2.1',
      enumeration_type: 'NPI-1',
      first_name: 'bob',
      last_name: 'ab*',
    });
    const inState = await client.searchByName({ first: 'Bob', last: 'Kam', state: 'ga' }).catch((e: unknown) => e);
    expect(server.requests.at(-1)?.searchParams.get('state')).toBe('GA');
    expect(Array.isArray(inState) || isRegistryError(inState, 'no-results')).toBe(true);
  });

  it('checks the query before sending it', async () => {
    expect((await failure(client.searchByName({ last: 'S' }))).kind).toBe('invalid-request');
    expect((await failure(client.searchByName({ last: 'Smith', state: 'Georgia' }))).kind).toBe('invalid-request');
  });
});

describe('failures', () => {
  it('turns the API error body into api-error with its issues', async () => {
    const fetchError: FetchLike = () =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            Errors: [
              {
                field: 'enumeration_type',
                number: '09',
                description: 'enumeration_type requires additional search criteria',
              },
            ],
          }),
        ),
      );
    const error = await failure(
      createRegistryClient({ fetch: fetchError, baseUrl: server.baseUrl }).searchByName({ last: 'Smith' }),
    );
    expect(error.kind).toBe('api-error');
    expect(error.details.issues?.[0]).toEqual({
      field: 'enumeration_type',
      number: '09',
      description: 'enumeration_type requires additional search criteria',
    });
  });

  it.each([
    ['rate-limit', 'rate-limited'],
    ['server-error', 'server-error'],
    ['garbage', 'malformed'],
    ['wrong-shape', 'malformed'],
  ] as const)('%s → %s', async (mode, kind) => {
    server.setMode(mode);
    const error = await failure(client.lookupByNpi('1720377294'));
    expect(error.kind).toBe(kind);
    if (kind === 'rate-limited') expect(error.details.retryAfterSeconds).toBe(30);
  });

  it('times out a registry that does not answer', async () => {
    server.setMode('hang');
    const slow = createRegistryClient({
      fetch: (url, init) => fetch(url, init),
      baseUrl: server.baseUrl,
      timeoutMs: 100,
    });
    expect((await failure(slow.lookupByNpi('1720377294'))).kind).toBe('timeout');
  });

  it('reports a network failure when nothing listens', async () => {
    const closed = await startReplayServer();
    await closed.close();
    const offline = createRegistryClient({ fetch: (url, init) => fetch(url, init), baseUrl: closed.baseUrl });
    expect((await failure(offline.lookupByNpi('1720377294'))).kind).toBe('network');
  });

  it('leaves the caller’s own abort as an abort', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client.lookupByNpi('1720377294', controller.signal)).rejects.toSatisfy((e) => !isRegistryError(e));
  });
});
