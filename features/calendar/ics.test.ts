import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories } from '../../tests/db';
import { useTimeZone } from '../../tests/time-zone';
import { addStop } from '../plan/day-plan-store';
import { calendarText, foldLine } from './ics';
import { exportCalendar } from './load-calendar';
import { transitions } from './time-zone';

useTimeZone('America/New_York');

/** Parses with ical.js (a real RFC 5545 parser) and registers the file's VTIMEZONE, as a calendar app would. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar files', () => {
  it('finds the zone’s DST changes to the minute', () => {
    const changes = transitions('America/New_York', 2026, 2026);
    expect(changes.map((c) => [new Date(c.at).toISOString(), c.from, c.to])).toEqual([
      ['2026-03-08T07:00:00.000Z', -300, -240],
      ['2026-11-01T06:00:00.000Z', -240, -300],
    ]);
    expect(transitions('Asia/Tokyo', 2026, 2026)).toEqual([]);
  });

  it('writes events a parser reads in the user’s zone, on both sides of DST', () => {
    const text = calendarText(
      [
        {
          uid: 'a1',
          day: '2026-03-06',
          time: '09:00',
          minutes: 15,
          summary: 'Before, the change',
          description: 'x; y\nz',
          location: '',
        },
        {
          uid: 'b2',
          day: '2026-03-09',
          time: '09:00',
          minutes: 90,
          summary: 'After',
          description: '',
          location: '1 Main St, Riverton',
        },
      ],
      'America/New_York',
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(text).toContain('\r\n');
    const [before, after] = parse(text);
    expect(before?.uid).toBe('a1');
    expect(before?.startDate.zone?.tzid).toBe('America/New_York');
    expect(before?.startDate.toJSDate().toISOString()).toBe('2026-03-06T14:00:00.000Z'); // EST
    expect(after?.startDate.toJSDate().toISOString()).toBe('2026-03-09T13:00:00.000Z'); // EDT
    expect(after?.endDate.toJSDate().toISOString()).toBe('2026-03-09T14:30:00.000Z');
    expect(before?.description).toBe('x; y\nz');
    expect(after?.location).toBe('1 Main St, Riverton');
  });

  it('places times by the file’s own VTIMEZONE, not the reader’s zone', () => {
    const text = calendarText(
      [{ uid: 'k', day: '2026-07-01', time: '09:00', minutes: 30, summary: 'Kolkata', description: '', location: '' }],
      'Asia/Kolkata',
    );
    expect(parse(text)[0]?.startDate.toJSDate().toISOString()).toBe('2026-07-01T03:30:00.000Z');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('exports open follow-ups and planned days with physician and practice only, never patient text', async () => {
    const db = await freshDatabase();
    const repos = repositories(db);
    const practice = await repos.practices.create({
      name: 'Lakeside Heart',
      locations: [{ label: 'Main', address: '120 Shore Rd', city: 'Riverton', state: 'OH', postalCode: '44001' }],
    });
    const jane = await repos.physicians.create({
      first: 'Jane',
      last: 'Smith',
      credentials: ['MD'],
      practiceId: practice.id,
      practiceName: 'Lakeside Heart',
    });
    const referral = await repos.referrals.create({
      physicianId: jane.id,
      receivedAt: '2026-03-01T15:00:00.000Z',
      sensitive: { patientRef: 'MRN 4471', notes: 'Patient Doe, knee' },
    });
    const open = await repos.followUps.create({
      dueDate: '2026-03-10',
      physicianId: jane.id,
      referralId: referral.id,
      kind: 'referral-loop',
      sensitive: { text: 'Call about patient Doe MRN 4471' },
    });
    await repos.followUps.create({ dueDate: '2026-03-11', physicianId: jane.id, status: 'done' });
    const plan = await addStop(db, '2026-03-12', { physicianId: jane.id });
    const { text, events } = await exportCalendar(db, new Date('2026-03-05T12:00:00Z'));
    expect(events).toBe(2);
    for (const secret of ['Doe', '4471', 'knee', 'patient'])
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    const parsed = parse(text);
    expect(parsed.map((e) => e.uid).sort()).toEqual([open.id, plan.id].sort());
    const loop = parsed.find((e) => e.uid === open.id);
    expect(loop?.summary).toBe('Update the referring office: Jane Smith, MD, Lakeside Heart');
    expect(loop?.startDate.toJSDate().toISOString()).toBe('2026-03-10T13:00:00.000Z');
    const day = parsed.find((e) => e.uid === plan.id);
    expect(day?.summary).toBe('Office visits: 1 stop');
    expect(day?.description).toContain('1. Jane Smith, MD, Lakeside Heart (120 Shore Rd, Riverton, OH 44001)');
  });
});
