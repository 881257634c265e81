import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ version: '0.0.0' }) },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    alarms: { create: async () => undefined, onAlarm: { addListener: () => undefined } },
  },
}));

const { freshDatabase, repositories, steppingClock } = await import('../../tests/db');
const { logEvent } = await import('./log-event.background');
const { logEventRequest } = await import('../../messaging/event-log');
const { complianceLedger } = await import('../compliance/ledger');
const { loadSettings, saveSettings } = await import('../../storage/settings-store');

describe('events.log', () => {
  it('stores the event and one touch per attending physician, moving each one’s ledger total', async () => {
    const db = await freshDatabase();
    const repos = repositories(db, steppingClock());
    const [a, b, c, d] = await Promise.all(
      ['Ames', 'Baker', 'Cole', 'Diaz'].map((last) => repos.physicians.create({ last })),
    );
    const program = await repos.programs.create({
      name: 'Same-week echo',
      materials: [{ name: 'Brochure', version: '2' }],
    });
    await saveSettings(db, { lastActivity: 'call' });
    const request = logEventRequest.parse({
      event: {
        type: 'cme-dinner',
        date: '2026-04-02',
        venue: 'Bistro',
        programIds: [program.id],
        materialsLeft: [{ programId: program.id, name: 'Brochure', version: '2' }],
        inviteeIds: [a?.id, b?.id, c?.id, d?.id],
        attendeeIds: [a?.id, b?.id, c?.id],
        staffAttendees: ['Mona'],
        costCents: 40_000,
      },
    });
    const result = await logEvent(db, request, steppingClock());
    expect(result.outreachIds).toHaveLength(3);
    const touches = await db.outreach.bulkGet(result.outreachIds);
    expect(touches.map((t) => [t?.physicianIds, t?.type, t?.eventId, t?.programIds, t?.giftValueCents])).toEqual(
      [a, b, c].map((p) => [[p?.id], 'event', result.eventId, [program.id], null]),
    );
    expect((await db.events.get(result.eventId))?.outreachIds).toEqual(result.outreachIds);
    expect((await loadSettings(db)).lastActivity).toBe('call');
    // 400 dollars over 3 physicians and 1 staff member: 100 each; the one invited who did not come has nothing.
    const ledger = complianceLedger(await db.outreach.toArray(), await db.events.toArray());
    expect(ledger.map((l) => [l.physicianId, l.totalCents])).toEqual([a, b, c].map((p) => [p?.id, 10_000]));
  });

  it('stores nothing when an attendee is not in the directory', async () => {
    const db = await freshDatabase();
    const a = await repositories(db).physicians.create({ last: 'Ames' });
    const request = logEventRequest.parse({
      event: { type: 'open-house', date: '2026-04-02', attendeeIds: [a.id, crypto.randomUUID()] },
    });
    await expect(logEvent(db, request)).rejects.toThrow(/no physician/);
    expect([await db.events.count(), await db.outreach.count()]).toEqual([0, 0]);
  });
});
