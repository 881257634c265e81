import { describe, expect, it } from 'vitest';
import { type RegisteredScript, type ScriptingApi, scriptFor, syncRegistrations } from './script-registration';

function fakeScripting(initial: Array<{ id: string; matches: string[] }> = []) {
  const registered = new Map(initial.map((s) => [s.id, s]));
  const calls: string[] = [];
  const api: ScriptingApi = {
    async registerContentScripts(scripts: RegisteredScript[]) {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
      calls.push(`register ${scripts.map((s) => s.id).join(',')}`);
    },
    async unregisterContentScripts(filter) {
      for (const id of filter?.ids ?? []) registered.delete(id);
      calls.push(`unregister ${(filter?.ids ?? []).join(',')}`);
    },
    async getRegisteredContentScripts() {
      return [...registered.values()];
    },
  };
  return { api, registered, calls };
}

const a = { id: 'a', origin: 'https://a.example.org', pathPrefix: '/' };
const b = { id: 'b', origin: 'http://127.0.0.1:8080', pathPrefix: '/portal/' };

describe('content-script registration bookkeeping', () => {
  it('registers one top-frame script per portal, matching host and path prefix', () => {
    expect(scriptFor(b)).toMatchObject({
      id: 'rounds-portal-b',
      js: ['portal-content.js'],
      matches: ['http://127.0.0.1/portal/*'],
      allFrames: false,
    });
  });

  it('registers missing portals and is idempotent (start-up and update run it again)', async () => {
    const fake = fakeScripting();
    expect(await syncRegistrations(fake.api, [a, b])).toEqual({
      registered: ['rounds-portal-a', 'rounds-portal-b'],
      unregistered: [],
    });
    expect(await syncRegistrations(fake.api, [a, b])).toEqual({ registered: [], unregistered: [] });
    expect([...fake.registered.keys()].sort()).toEqual(['rounds-portal-a', 'rounds-portal-b']);
  });

  it('unregisters removed portals and re-registers changed ones, leaving other scripts alone', async () => {
    const fake = fakeScripting([{ id: 'someone-else', matches: ['https://x/*'] }]);
    await syncRegistrations(fake.api, [a, b]);
    const result = await syncRegistrations(fake.api, [{ ...b, pathPrefix: '/other/' }]);
    expect(result).toEqual({ registered: ['rounds-portal-b'], unregistered: ['rounds-portal-a', 'rounds-portal-b'] });
    expect(fake.registered.get('rounds-portal-b')?.matches).toEqual(['http://127.0.0.1/other/*']);
    expect(fake.registered.has('someone-else')).toBe(true);
  });
});
