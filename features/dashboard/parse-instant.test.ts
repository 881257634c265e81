import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/generators/generate-dashboard-data';
import { parseInstant } from './parse-instant';

describe('parseInstant', () => {
  it('agrees with Date.parse on toISOString output across centuries and leap days', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor((rand() - 0.3) * 8e12);
      const iso = new Date(ms).toISOString();
      if (iso.length === 24) expect(parseInstant(iso)).toBe(ms);
    }
    expect(parseInstant('2024-02-29T23:59:59.999Z')).toBe(Date.parse('2024-02-29T23:59:59.999Z'));
  });

  it('falls back to Date.parse for other forms', () => {
    expect(parseInstant('2025-12-31T23:30:00-05:00')).toBe(Date.parse('2026-01-01T04:30:00Z'));
    expect(parseInstant('2025-12-31T23:30:00Z')).toBe(Date.parse('2025-12-31T23:30:00Z'));
  });
});
