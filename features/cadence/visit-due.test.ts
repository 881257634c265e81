import { describe, expect, it } from 'vitest';
import { useTimeZone } from '../../tests/time-zone';
import { daysBetween, isDueBy, lastVisits, visitDue, weekdayOf } from './visit-due';

// The tests run in a zone with DST (Node rereads TZ when it is assigned): DST and month ends are what they check.
useTimeZone('America/New_York');

describe('visit cadence', () => {
  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(visitDue('2026-01-20T15:00:00.000Z', 14, '2026-01-30')).toEqual({ dueDay: '2026-02-03', daysUntil: 4 });
    expect(visitDue('2024-02-15T15:00:00.000Z', 14, '2024-03-01')).toEqual({ dueDay: '2024-02-29', daysUntil: -1 });
  });

  it('is DST-proof: a visit the evening before the spring change is due the same local day later', () => {
    // New York springs forward on 8 March 2026 and falls back on 1 November 2026; the suite runs in that zone.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    const spring = visitDue('2026-03-08T03:30:00.000Z', 7, '2026-03-09'); // 22:30 on 7 March local
    expect(spring).toEqual({ dueDay: '2026-03-14', daysUntil: 5 });
    const fall = visitDue('2026-11-01T04:30:00.000Z', 1, '2026-11-01'); // 00:30 on 1 November local (EDT)
    expect(fall).toEqual({ dueDay: '2026-11-02', daysUntil: 1 });
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
  });

  it('takes the local day of the visit, not the UTC day', () => {
    // 23:30 local on 31 January is already 1 February in UTC.
    expect(visitDue('2026-02-01T04:30:00.000Z', 30, '2026-02-01').dueDay).toBe('2026-03-02');
  });

  it('treats never visited as due, and due on a later day of the plan', () => {
    const never = visitDue(null, 30, '2026-05-01');
    expect(isDueBy(never, '2026-05-01')).toBe(true);
    const soon = visitDue('2026-04-05T14:00:00.000Z', 30, '2026-05-01'); // due 5 May
    expect(isDueBy(soon, '2026-05-01')).toBe(false);
    expect(isDueBy(soon, '2026-05-01', '2026-05-05')).toBe(true);
  });

  it('names the weekday of a day', () => {
    expect(weekdayOf('2026-03-09')).toBe('mon');
    expect(weekdayOf('2026-03-08')).toBe('sun');
    expect(weekdayOf('2024-02-29')).toBe('thu');
  });

  it('keeps the newest in-person outreach per physician; calls do not count', () => {
    const row = (id: string, type: string, at: string) =>
      ({ id, type, at, physicianIds: ['p'], deletedAt: null }) as never;
    const last = lastVisits([
      row('1', 'visit', '2026-01-01T10:00:00Z'),
      row('2', 'call', '2026-02-01T10:00:00Z'),
      row('3', 'hospital-rounds', '2026-01-15T10:00:00Z'),
    ]);
    expect(last.get('p')).toBe('2026-01-15T10:00:00Z');
  });
});
