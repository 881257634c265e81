import { describe, expect, it } from 'vitest';
import { event as eventSchema, type RoundsEvent } from '../../storage/schemas';
import { outreachRow } from '../../tests/fixtures/dashboard/rows';
import { useTimeZone } from '../../tests/time-zone';
import { complianceLedger, eventShareCents, limitStanding } from './ledger';

useTimeZone('America/Chicago');

const [a, b, c] = ['a', 'b', 'c'].map((x) => `00000000-0000-4000-8000-00000000000${x}`) as [string, string, string];
const stamp = '2026-01-01T00:00:00.000Z';
const eventRow = (n: number, fields: Partial<RoundsEvent>): RoundsEvent =>
  eventSchema.parse({
    id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    createdAt: stamp,
    updatedAt: stamp,
    type: 'lunch-and-learn',
    date: '2026-03-01',
    ...fields,
  });
const line = (lines: ReturnType<typeof complianceLedger>, id: string, year: number) =>
  lines.find((l) => l.physicianId === id && l.year === year);

describe('compliance ledger', () => {
  it('puts a gift in the local calendar year it was given (New Year’s Eve in Chicago is still the old year)', () => {
    const lines = complianceLedger(
      [
        // 2027-01-01T03:00Z is 21:00 on 31 December 2026 in Chicago.
        outreachRow('2027-01-01T03:00:00Z', { physicianIds: [a], giftValueCents: 3_000 }),
        // 2027-01-01T07:00Z is 01:00 on 1 January 2027 in Chicago.
        outreachRow('2027-01-01T07:00:00Z', { physicianIds: [a], giftValueCents: 1_000 }),
      ],
      [
        eventRow(1, { date: '2026-12-31', attendeeIds: [a], costCents: 500 }),
        eventRow(2, { date: '2027-01-01', attendeeIds: [a], costCents: 700 }),
      ],
    );
    expect(line(lines, a, 2026)).toMatchObject({ outreachCents: 3_000, eventCents: 500, totalCents: 3_500, items: 2 });
    expect(line(lines, a, 2027)).toMatchObject({ outreachCents: 1_000, eventCents: 700, totalCents: 1_700, items: 2 });
  });

  it('splits an event’s cost per attendee, over the headcount when more came than were named', () => {
    const named = eventRow(3, { attendeeIds: [a, b, c], costCents: 30_000 });
    const withStaff = eventRow(4, { attendeeIds: [a, b], staffAttendees: ['Mona', 'Li'], costCents: 20_000 });
    const crowd = eventRow(5, { attendeeIds: [a], headcount: 10, costCents: 20_000 });
    expect(eventShareCents(named)).toBe(10_000);
    expect(eventShareCents(withStaff)).toBe(5_000);
    expect(eventShareCents(crowd)).toBe(2_000);
    const lines = complianceLedger([], [named, withStaff, crowd]);
    expect(line(lines, a, 2026)?.eventCents).toBe(17_000);
    expect(line(lines, b, 2026)?.eventCents).toBe(15_000);
    expect(line(lines, c, 2026)?.eventCents).toBe(10_000);
  });

  it('splits a gift for several physicians, skips deleted rows and counts an event’s touches once', () => {
    const ev = eventRow(6, { attendeeIds: [a], costCents: 4_000 });
    const lines = complianceLedger(
      [
        outreachRow('2026-05-05T15:00:00Z', { physicianIds: [a, b], giftValueCents: 5_001 }),
        { ...outreachRow('2026-05-06T15:00:00Z', { physicianIds: [a], giftValueCents: 9_999 }), deletedAt: stamp },
        outreachRow('2026-05-07T15:00:00Z', { physicianIds: [a], eventId: ev.id }),
      ],
      [ev, { ...eventRow(7, { attendeeIds: [b], costCents: 100 }), deletedAt: stamp }],
    );
    expect(line(lines, a, 2026)).toMatchObject({ outreachCents: 2_501, eventCents: 4_000, totalCents: 6_501 });
    expect(line(lines, b, 2026)).toMatchObject({ outreachCents: 2_501, eventCents: 0 });
  });

  it('flags near (80 % of the limit) and over', () => {
    expect(limitStanding(41_520, 51_900)).toBe('near');
    expect(limitStanding(41_519, 51_900)).toBe('under');
    expect(limitStanding(41_000, 51_900)).toBe('under');
    expect(limitStanding(51_900, 51_900)).toBe('near');
    expect(limitStanding(51_901, 51_900)).toBe('over');
  });
});
