import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from './replay-server';

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer();
});
afterAll(() => server.close());

async function get(query: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.baseUrl}?${query}`);
  return { status: response.status, body: await response.text() };
}

describe('replay server', () => {
  it('listens on 127.0.0.1 and answers by query from the recordings', async () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
    expect(JSON.parse((await get('version=2.1&number=1720377294')).body).result_count).toBe(1);
    expect(JSON.parse((await get('version=2.1&first_name=BOB&limit=3')).body).result_count).toBe(3);
    expect(JSON.parse((await get('version=2.1&city=atlanta')).body).result_count).toBeGreaterThan(0);
    expect(JSON.parse((await get('version=2.1&number=1234567893')).body)).toEqual({ result_count: 0, results: [] });
  });

  it('answers with the recorded error when the criteria are not enough, and asks for the version', async () => {
    expect(JSON.parse((await get('version=2.1&enumeration_type=NPI-1')).body).Errors[0].number).toBe('09');
    expect(JSON.parse((await get('number=1720377294')).body).Errors[0].field).toBe('version');
  });

  it('fails on request and records what it was asked', async () => {
    server.setMode('rate-limit');
    expect((await get('version=2.1&number=1720377294')).status).toBe(429);
    server.setMode('server-error');
    expect((await get('version=2.1&number=1720377294')).status).toBe(500);
    server.setMode('garbage');
    expect(() => JSON.parse('<html>oops')).toThrow();
    expect((await get('version=2.1&number=1720377294')).body).toBe('<html>oops');
    server.setMode('replay');
    expect(server.requests.at(-1)?.searchParams.get('number')).toBe('1720377294');
  });
});
