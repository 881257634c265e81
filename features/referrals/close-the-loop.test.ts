import { describe, expect, it } from 'vitest';
import { localDayPlus, loopClosingMessage } from './close-the-loop';

const referral = (patientRef: string, serviceLine = 'Cardiology', receivedAt = '2025-11-03T15:00:00Z') => ({
  receivedAt,
  serviceLine,
  sensitive: { patientRef, notes: '' },
});
const gb = { locale: 'en-GB', timeZone: 'Europe/London' };

describe('loopClosingMessage', () => {
  it('writes the message with initials and local dates', () => {
    expect(loopClosingMessage(referral('J.D.'), 'seen', '2025-11-12T10:00:00Z', gb)).toBe(
      'Your patient J.D. referred on 3 Nov was seen on 12 Nov by Cardiology',
    );
    expect(loopClosingMessage(referral('MRN 4471823'), 'scheduled', '2025-11-05T10:00:00Z', gb)).toBe(
      'Your patient MRN 4471823 referred on 3 Nov was scheduled on 5 Nov with Cardiology',
    );
  });

  it('says "your patient" when the reference could identify someone', () => {
    expect(loopClosingMessage(referral('John Smith'), 'seen', '2025-11-12T10:00:00Z', gb)).toBe(
      'Your patient referred on 3 Nov was seen on 12 Nov by Cardiology',
    );
    expect(loopClosingMessage(referral('Smith'), 'seen', '2025-11-12T10:00:00Z', gb)).toMatch(/^Your patient referred/);
  });

  it('uses the locale’s date order and the zone’s calendar day', () => {
    const us = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
    // 03:00Z on 12 Nov is still 11 Nov in Los Angeles.
    expect(loopClosingMessage(referral('JD', ''), 'seen', '2025-11-12T03:00:00Z', us)).toBe(
      'Your patient JD referred on Nov 3 was seen on Nov 11',
    );
  });

  it('adds the year when the referral and the event fall in different years', () => {
    const r = referral('J.D.', 'Oncology', '2025-12-29T12:00:00Z');
    expect(loopClosingMessage(r, 'seen', '2026-01-06T12:00:00Z', gb)).toBe(
      'Your patient J.D. referred on 29 Dec 2025 was seen on 6 Jan 2026 by Oncology',
    );
  });
});

describe('localDayPlus', () => {
  it('adds days to the local calendar day, across month and year ends', () => {
    expect(localDayPlus('2025-12-30T12:00:00Z', 3, 'UTC')).toBe('2026-01-02');
    expect(localDayPlus('2026-01-01T03:00:00Z', 0, 'America/New_York')).toBe('2025-12-31');
    expect(localDayPlus('2025-02-27T12:00:00Z', 2, 'UTC')).toBe('2025-03-01');
  });
});
