import { describe, expect, it } from 'vitest';
import { dayStartMs, monthBucketer, monthKey, zonedStartOfDayMs } from './zoned-time';

const monthIn = (iso: string, zone: string) => monthKey(monthBucketer(zone)(Date.parse(iso)));

describe('monthBucketer', () => {
  it('puts New Year’s Eve in New York in December, and in January for UTC', () => {
    expect(monthIn('2025-12-31T23:30:00-05:00', 'America/New_York')).toBe('2025-12');
    expect(monthIn('2025-12-31T23:30:00-05:00', 'UTC')).toBe('2026-01');
    expect(monthIn('2025-12-31T15:30:00Z', 'Asia/Tokyo')).toBe('2026-01');
    expect(monthIn('2025-12-31T14:59:59.999Z', 'Asia/Tokyo')).toBe('2025-12');
  });

  it('switches month exactly at local midnight, in half-hour zones and across DST', () => {
    expect(monthIn('2025-10-31T18:29:59.999Z', 'Asia/Kolkata')).toBe('2025-10');
    expect(monthIn('2025-10-31T18:30:00Z', 'Asia/Kolkata')).toBe('2025-11');
    // New York is on EDT (−4) at the start of October and on EST (−5) at the start of December.
    expect(monthIn('2025-10-01T03:59:59Z', 'America/New_York')).toBe('2025-09');
    expect(monthIn('2025-10-01T04:00:00Z', 'America/New_York')).toBe('2025-10');
    expect(monthIn('2025-12-01T04:59:59Z', 'America/New_York')).toBe('2025-11');
    expect(monthIn('2025-12-01T05:00:00Z', 'America/New_York')).toBe('2025-12');
  });

  it('agrees with Intl on a year of hourly instants in several zones', () => {
    for (const zone of [
      'America/Los_Angeles',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Kiritimati',
    ]) {
      const bucket = monthBucketer(zone);
      const intl = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' });
      for (let ms = Date.parse('2025-01-01T00:17:00Z'); ms < Date.parse('2026-01-02T00:00:00Z'); ms += 3_600_000) {
        const expected = intl.format(new Date(ms)).slice(0, 7);
        if (monthKey(bucket(ms)) !== expected) throw new Error(`${zone} ${new Date(ms).toISOString()}`);
      }
    }
  });
});

describe('day starts', () => {
  it('finds local midnight as an instant, including DST days', () => {
    expect(new Date(dayStartMs('2025-03-09', 'America/New_York')).toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(new Date(dayStartMs('2025-03-10', 'America/New_York')).toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(new Date(dayStartMs('2026-01-01', 'UTC')).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('starts a day whose midnight is skipped at the end of the gap', () => {
    // Santiago springs forward from 00:00 to 01:00 on 7 Sep 2025.
    expect(new Date(zonedStartOfDayMs(2025, 9, 7, 'America/Santiago')).toISOString()).toBe('2025-09-07T04:00:00.000Z');
  });
});
