import { describe, expect, it, vi } from 'vitest';

const setBadgeText = vi.fn(async () => undefined);
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ version: '0.0.0' }) },
    action: { setBadgeText, setBadgeBackgroundColor: async () => undefined },
    alarms: { create: async () => undefined, onAlarm: { addListener: () => undefined } },
  },
}));

const { freshDatabase, repositories, steppingClock } = await import('../../tests/db');
const { logOutreach, undoOutreach } = await import('./log-outreach.background');
const { logOutreachRequest } = await import('../../messaging/outreach-log');
const { loadSettings } = await import('../../storage/settings-store');

const at = '2026-03-10T09:30:00.000Z';
const entry = (over: Record<string, unknown> = {}) => ({ type: 'call', at, ...over });

async function setup() {
  const db = await freshDatabase();
  const repos = repositories(db, steppingClock());
  const jane = await repos.physicians.create({ first: 'Jane', last: 'Smith', credentials: ['MD'] });
  const omar = await repos.physicians.create({ first: 'Omar', last: 'Haddad' });
  return { db, repos, jane, omar };
}

describe('outreach.log request', () => {
  it('needs someone: a physician, a new physician or a practice', () => {
    expect(logOutreachRequest.safeParse({ entry: entry() }).success).toBe(false);
    expect(logOutreachRequest.safeParse({ entry: entry(), newPhysicians: [{ last: 'Lee' }] }).success).toBe(true);
    expect(
      logOutreachRequest.safeParse({ entry: entry({ type: 'party' }), newPhysicians: [{ last: 'Lee' }] }).success,
    ).toBe(false);
    expect(
      logOutreachRequest.safeParse({ entry: entry({ followUpDate: '10/03/2026' }), newPhysicians: [{ last: 'Lee' }] })
        .success,
    ).toBe(false);
  });
});

describe('logOutreach', () => {
  it('stores the outreach and its follow-up together, and remembers the activity', async () => {
    const { db, jane, omar } = await setup();
    const req = logOutreachRequest.parse({
      entry: entry({
        physicianIds: [jane.id, omar.id],
        type: 'lunch-and-learn',
        followUpDate: '2026-03-17',
        sensitive: { notes: 'Lunch', followUpText: 'Send MRI slots' },
      }),
    });
    const res = await logOutreach(db, req);
    const stored = await db.outreach.get(res.outreachId);
    expect(stored?.physicianIds).toEqual([jane.id, omar.id]);
    const followUp = await db.followUps.get(res.followUpId ?? '');
    expect(followUp).toMatchObject({
      dueDate: '2026-03-17',
      physicianId: jane.id,
      outreachId: res.outreachId,
      status: 'open',
    });
    expect(followUp?.sensitive.text).toBe('Send MRI slots');
    expect((await loadSettings(db)).lastActivity).toBe('lunch-and-learn');
  });

  it('creates a physician named on the spot, tagged incomplete', async () => {
    const { db } = await setup();
    const res = await logOutreach(
      db,
      logOutreachRequest.parse({
        entry: entry(),
        newPhysicians: [{ first: 'Ana', last: 'Lima', credentials: ['DO'] }],
      }),
    );
    expect(res.createdPhysicianIds).toHaveLength(1);
    const p = await db.physicians.get(res.createdPhysicianIds[0] ?? '');
    expect(p).toMatchObject({ first: 'Ana', last: 'Lima', credentials: ['DO'], tags: ['incomplete'] });
    expect(res.followUpId).toBeNull();
  });

  it('writes nothing when any part fails (unknown physician after a new one)', async () => {
    const { db } = await setup();
    const before = await db.physicians.count();
    const req = logOutreachRequest.parse({
      entry: entry({ physicianIds: [crypto.randomUUID()], followUpDate: '2026-03-17' }),
      newPhysicians: [{ last: 'Lima' }],
    });
    await expect(logOutreach(db, req)).rejects.toThrow(/no physician/);
    expect([await db.physicians.count(), await db.outreach.count(), await db.followUps.count()]).toEqual([
      before,
      0,
      0,
    ]);
  });

  it('undo soft-deletes the outreach, its follow-up and the physician it created', async () => {
    const { db, jane } = await setup();
    const res = await logOutreach(
      db,
      logOutreachRequest.parse({
        entry: entry({ physicianIds: [jane.id], followUpDate: '2026-03-17' }),
        newPhysicians: [{ last: 'Lima' }],
      }),
    );
    expect(
      await undoOutreach(db, { outreachId: res.outreachId, createdPhysicianIds: res.createdPhysicianIds }),
    ).toEqual({ undone: true });
    expect((await db.outreach.get(res.outreachId))?.deletedAt).not.toBeNull();
    expect((await db.followUps.get(res.followUpId ?? ''))?.deletedAt).not.toBeNull();
    expect((await db.physicians.get(res.createdPhysicianIds[0] ?? ''))?.deletedAt).not.toBeNull();
    expect((await db.physicians.get(jane.id))?.deletedAt).toBeNull();
  });
});

describe('outreach.log through the router', () => {
  it('accepts the popup and the sidebar, refuses other pages and bad payloads, and recounts the badge', async () => {
    const { handlers } = await import('../../entrypoints/background/handlers');
    const { createRouter } = await import('../../messaging/router.background');
    const { getDatabase } = await import('../../storage/database');
    const { startFollowUpBadge } = await import('../follow-ups/badge.background');
    const db = await getDatabase();
    startFollowUpBadge(); // the badge follows the follow-up writes, not the handlers
    const jane = await repositories(db).physicians.create({ last: 'Smith' });
    const origin = 'chrome-extension://rounds-test/';
    const route = createRouter(handlers, { extensionId: 'rounds-test', extensionOrigin: origin });
    const from = (file: string) => ({ id: 'rounds-test', url: `${origin}${file}` });
    const today = new Date().toISOString().slice(0, 10);
    const payload = { entry: entry({ physicianIds: [jane.id], followUpDate: today }) };
    const ok = await route({ type: 'outreach.log', payload }, from('popup.html'));
    expect(ok).toMatchObject({ ok: true });
    expect(await route({ type: 'outreach.log', payload }, from('sidebar.html'))).toMatchObject({ ok: true });
    expect(await route({ type: 'outreach.log', payload }, from('options.html'))).toMatchObject({ ok: false });
    expect(await route({ type: 'outreach.log', payload: { entry: entry() } }, from('popup.html'))).toMatchObject({
      ok: false,
    });
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenLastCalledWith({ text: '2' }));
  });
});
