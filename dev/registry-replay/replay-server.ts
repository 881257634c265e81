import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the NPI Registry, for tests and e2e: answers from the recorded API responses
 * (tests/fixtures/registry/nppes_api_*.json) by query, or fails on purpose. Node only; never bundled.
 */
export type ReplayMode = 'replay' | 'rate-limit' | 'server-error' | 'garbage' | 'wrong-shape' | 'hang';

export interface ReplayServer {
  /** Base URL to give the client (ends in /api/). */
  baseUrl: string;
  /** Every request received, in order. */
  requests: URL[];
  setMode(mode: ReplayMode): void;
  close(): Promise<void>;
}

type RecordedResult = {
  number: number | string;
  basic?: Record<string, unknown>;
  addresses?: Record<string, unknown>[];
};

const defaultFixtures = new URL('../../tests/fixtures/registry/', import.meta.url);

function loadFixtures(dir: URL) {
  const results = new Map<string, RecordedResult>();
  let errorBody: unknown = { Errors: [{ field: 'query', number: '00', description: 'No valid search criteria' }] };
  for (const file of readdirSync(dir).filter((f) => /^nppes_api_.*\.json$/.test(f))) {
    const body = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
      results?: RecordedResult[];
      Errors?: unknown;
    };
    if (body.Errors) errorBody = body;
    for (const result of body.results ?? []) results.set(String(result.number), result);
  }
  return { results: [...results.values()], errorBody };
}

/** "bob" matches "BOB"; "smi*" matches "SMITH" (the registry's wildcard). */
function matches(pattern: string, value: unknown): boolean {
  const p = pattern.toUpperCase();
  const v = String(value ?? '').toUpperCase();
  return p.endsWith('*') ? v.startsWith(p.slice(0, -1)) : v === p;
}

const criteria: Record<string, (r: RecordedResult, value: string) => boolean> = {
  number: (r, v) => String(r.number) === v,
  first_name: (r, v) => matches(v, r.basic?.first_name),
  last_name: (r, v) => matches(v, r.basic?.last_name),
  organization_name: (r, v) => matches(v, r.basic?.organization_name),
  city: (r, v) => (r.addresses ?? []).some((a) => matches(v, a.city)),
  state: (r, v) => (r.addresses ?? []).some((a) => matches(v, a.state)),
  postal_code: (r, v) => (r.addresses ?? []).some((a) => matches(v, a.postal_code)),
  enumeration_type: (r, v) => (v === 'NPI-2' ? Boolean(r.basic?.organization_name) : !r.basic?.organization_name),
};
// The registry refuses a search on these alone (the recorded error).
const notEnoughAlone = new Set(['enumeration_type', 'state', 'limit', 'skip', 'version', 'pretty']);

function answer(url: URL, fixtures: ReturnType<typeof loadFixtures>): unknown {
  const params = [...url.searchParams.entries()];
  if (url.searchParams.get('version') !== '2.1') {
    return { Errors: [{ field: 'version', number: '01', description: 'version is required and must be 2.1' }] };
  }
  if (params.every(([name]) => notEnoughAlone.has(name))) return fixtures.errorBody;
  const found = fixtures.results.filter((r) =>
    params.every(([name, value]) => !criteria[name] || (criteria[name]?.(r, value) ?? true)),
  );
  const limit = Number(url.searchParams.get('limit') ?? 10) || 10;
  const results = found.slice(0, limit);
  return { result_count: results.length, results };
}

/** Starts the replay server on 127.0.0.1 at a free port. */
export async function startReplayServer(options: { fixturesDir?: URL; mode?: ReplayMode } = {}): Promise<ReplayServer> {
  const fixtures = loadFixtures(options.fixturesDir ?? defaultFixtures);
  const requests: URL[] = [];
  let mode: ReplayMode = options.mode ?? 'replay';

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    if (mode === 'hang') return;
    if (mode === 'rate-limit') return void res.writeHead(429, { 'retry-after': '30' }).end('Too Many Requests');
    if (mode === 'server-error')
      return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
    if (mode === 'garbage') return void res.writeHead(200, { 'content-type': 'application/json' }).end('<html>oops');
    const body = mode === 'wrong-shape' ? { result_count: 'many', results: {} } : answer(url, fixtures);
    res
      .writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
      .end(JSON.stringify(body));
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/`,
    requests,
    setMode: (next) => {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
