import { describe, expect, it } from 'vitest';
import { everyNDays, outreachRow, physicianRow, practiceRow, referralRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';
import { decliningReferrers, defaultDeclineRules } from './declining-referrers';

const now = Date.parse('2026-03-31T12:00:00Z');
// Recent window: (2025-12-31T12:00Z, now]; prior window: (2025-10-02T12:00Z, 2025-12-31T12:00Z].
const alpha = practiceRow(100, 'Alpha Clinic');
const doctor = (n: number, last: string) => physicianRow(n, { last, practiceId: n === 1 ? alpha.id : null });
const a = doctor(1, 'Drop');
const b = doctor(2, 'Dip');
const c = doctor(3, 'Few');
const d = doctor(4, 'Overdue');
const e = doctor(5, 'Nearly');
const f = doctor(6, 'Edge');
const g = doctor(7, 'Lapsed');
const h = doctor(8, 'Batch');
const at = (p: { id: string }, times: string[]) => times.map((t) => referralRow(p.id, t));
const rows = {
  physicians: [a, b, c, d, e, f, g, h],
  practices: [alpha],
  referrals: [
    ...at(a, [...everyNDays('2025-12-20T12:00:00Z', 8, 10), ...everyNDays('2026-03-30T12:00:00Z', 12, 7)]), // 10 → 7
    ...at(b, [...everyNDays('2025-12-20T12:00:00Z', 8, 10), ...everyNDays('2026-03-30T12:00:00Z', 10, 8)]), // 10 → 8
    ...at(c, ['2025-11-01T12:00:00Z', '2025-11-15T12:00:00Z']), // 2 → 0
    ...at(d, everyNDays('2026-03-11T12:00:00Z', 10, 4)), // every 10 days, last 20 days ago
    ...at(e, everyNDays('2026-03-12T12:00:00Z', 10, 4)), // every 10 days, last 19 days ago
    ...at(f, [
      '2025-11-01T12:00:00Z',
      '2025-12-01T12:00:00Z',
      '2025-12-31T12:00:00Z',
      '2026-02-15T12:00:00Z',
      '2026-03-25T12:00:00Z',
    ]),
    ...at(g, everyNDays('2025-02-01T12:00:00Z', 10, 3)), // last 423 days ago
    ...at(h, ['2026-03-28T09:00:00Z', '2026-03-28T09:10:00Z', '2026-03-28T09:20:00Z']), // one batch
  ],
  outreach: [
    outreachRow('2026-02-01T15:00:00Z', { physicianIds: [a.id] }),
    outreachRow('2025-11-15T15:00:00Z', { practiceId: alpha.id }), // reaches a through the practice
    outreachRow('2026-04-05T15:00:00Z', { physicianIds: [a.id] }), // after "now": ignored
    outreachRow('2026-03-01T15:00:00Z', { physicianIds: [d.id, b.id] }),
  ],
};

describe('decliningReferrers', () => {
  const result = decliningReferrers(viewOf(rows), now);
  const byName = new Map(result.map((r) => [r.name, r]));

  it('flags exactly the physicians the rules describe', () => {
    expect(result.map((r) => [r.name, r.reasons])).toEqual([
      ['Drop', ['drop']],
      ['Edge', ['drop']],
      ['Batch', ['overdue']],
      ['Overdue', ['overdue']],
    ]);
  });

  it('counts a 30% drop exactly, and the window edge into the prior window', () => {
    expect(byName.get('Drop')).toMatchObject({ recent: 7, prior: 10, changePct: -30 });
    // 2025-12-31T12:00Z is exactly 90 days before now: prior, so Edge has 3 prior and 2 recent (−33.3%).
    expect(byName.get('Edge')).toMatchObject({ recent: 2, prior: 3, changePct: -33.3 });
  });

  it('measures the usual interval and days since the last referral', () => {
    expect(byName.get('Overdue')).toMatchObject({ usualIntervalDays: 10, daysSinceLast: 20, changePct: null });
    expect(byName.get('Batch')).toMatchObject({ usualIntervalDays: 1, daysSinceLast: 3 });
  });

  it('sets outreach against the outcome: direct and practice visits, none after now', () => {
    expect(byName.get('Drop')).toMatchObject({
      outreachRecent: 1,
      outreachPrior: 1,
      lastOutreachAt: '2026-02-01T15:00:00.000Z',
    });
    expect(byName.get('Overdue')).toMatchObject({ outreachRecent: 1, outreachPrior: 0 });
    expect(byName.get('Batch')).toMatchObject({ outreachRecent: 0, outreachPrior: 0, lastOutreachAt: null });
  });

  it('takes its thresholds as parameters', () => {
    const names = (rules: Partial<typeof defaultDeclineRules>) =>
      decliningReferrers(viewOf(rows), now, { ...defaultDeclineRules, ...rules }).map((r) => r.name);
    expect(names({ minDropFraction: 0.2 })).toContain('Dip');
    expect(names({ minPriorReferrals: 2 })).toContain('Few');
    expect(names({ minUsualIntervalDays: 7 })).not.toContain('Batch');
    expect(names({ maxDaysSinceLast: 1000 })).toContain('Lapsed');
    expect(names({ intervalMultiple: 1.9 })).toContain('Nearly');
  });
});
