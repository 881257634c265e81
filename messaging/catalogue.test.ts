import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getManifest: () => ({ version: '0.0.0' }) } } }));

const { handlers } = await import('../entrypoints/background/handlers');
const { testOnlyRoutes } = await import('../entrypoints/background/handlers/test-only');
const { catalogue, messageTypes } = await import('./catalogue');
const { senderKinds } = await import('./contexts');
const { createRouter } = await import('./router.background');

const extensionId = 'rounds-test-id';
const extensionOrigin = 'chrome-extension://rounds-test-id/';
const fromPage = (file: string) => ({ id: extensionId, url: `${extensionOrigin}${file}` });

describe('message catalogue', () => {
  it('gives every message a request and response schema, a doc and allowed senders', () => {
    for (const type of messageTypes) {
      const spec = catalogue[type];
      expect(spec.request, type).toBeInstanceOf(z.ZodType);
      expect(spec.response, type).toBeInstanceOf(z.ZodType);
      expect(spec.doc.length, type).toBeGreaterThan(10);
      expect(spec.senders.length, type).toBeGreaterThan(0);
      for (const s of spec.senders) expect(senderKinds, type).toContain(s);
    }
  });

  it('has a handler for every message and a message for every handler', () => {
    expect(Object.keys(handlers).sort()).toEqual([...messageTypes].sort());
    const testOnly = testOnlyRoutes();
    expect(Object.keys(testOnly.handlers).sort()).toEqual(Object.keys(testOnly.messages).sort());
  });

  it('keeps test-only messages (demo.*, portal.detectionMode, e2e.*) out of the catalogue and its handlers', () => {
    const testOnlyTypes = Object.keys(testOnlyRoutes().messages);
    expect(testOnlyTypes.sort()).toEqual([
      'demo.enablePortal',
      'demo.seed',
      'e2e.capture',
      'e2e.runBackup',
      'portal.detectionMode',
    ]);
    for (const type of [...messageTypes, ...Object.keys(handlers)]) {
      expect(type, type).not.toMatch(/^(demo|e2e)\.|^portal\.detectionMode$/);
    }
  });

  it('never lets the content script send a message that only extension pages may send', () => {
    for (const type of messageTypes) {
      const spec = catalogue[type];
      if (spec.senders.includes('content')) expect(spec.doc, type).toMatch(/content script/i);
    }
  });
});

describe('router', () => {
  const route = createRouter(
    {
      ...handlers,
      'app.status': async () => ({
        version: '1',
        schemaVersion: 1,
        counts: { physicians: 0, practices: 0, notes: 0, referrals: 0, outreach: 0, followUps: 0, portals: 0 },
      }),
    },
    { extensionId, extensionOrigin },
  );

  it('answers an allowed sender', async () => {
    expect(await route({ type: 'app.status', payload: {} }, fromPage('options.html'))).toMatchObject({ ok: true });
  });
  it('refuses another extension, a web page and a content script where not allowed', async () => {
    expect(
      await route({ type: 'app.status', payload: {} }, { id: 'other', url: `${extensionOrigin}options.html` }),
    ).toEqual({ ok: false, error: 'app.status is not allowed from here' });
    expect(
      await route(
        { type: 'app.status', payload: {} },
        { id: extensionId, url: 'https://evil.example/', tab: { id: 3 } },
      ),
    ).toMatchObject({ ok: false });
    expect(await route({ type: 'demo.seed', payload: {} }, fromPage('sidebar.html'))).toMatchObject({ ok: false });
  });
  it('refuses malformed envelopes, unknown types and prototype keys', async () => {
    expect(await route('hello', fromPage('options.html'))).toEqual({ ok: false, error: 'malformed message' });
    expect(await route({ type: 'nope', payload: {} }, fromPage('options.html'))).toMatchObject({
      ok: false,
      error: 'unknown message nope',
    });
    expect(await route({ type: '__proto__', payload: {} }, fromPage('options.html'))).toMatchObject({ ok: false });
    expect(await route({ type: 'toString', payload: {} }, fromPage('options.html'))).toMatchObject({ ok: false });
    expect(await route({ type: 'app.status', payload: {}, extra: 1 }, fromPage('options.html'))).toMatchObject({
      ok: false,
    });
  });
  it('knows test-only types only when given them (the e2e build)', async () => {
    const seed = { type: 'demo.seed', payload: {} };
    expect(await route(seed, fromPage('options.html'))).toEqual({ ok: false, error: 'unknown message demo.seed' });
    const e2e = createRouter(handlers, { extensionId, extensionOrigin, testOnly: testOnlyRoutes() });
    expect(
      await e2e({ type: 'portal.detectionMode', payload: { mode: 'auto' } }, fromPage('options.html')),
    ).toMatchObject({
      ok: true,
    });
  });
  it('refuses an unknown extension page', async () => {
    expect(await route({ type: 'app.status', payload: {} }, fromPage('evil.html'))).toMatchObject({ ok: false });
  });
});
