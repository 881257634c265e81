import { describe, expect, it } from 'vitest';
import { physicianRow, referralRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';
import { newReferrers, referrersCsvRows, topReferrers } from './referrers';

const [ana, ben, cy] = [
  physicianRow(1, { last: 'Ana' }),
  physicianRow(2, { last: 'Ben' }),
  physicianRow(3, { last: 'Cy' }),
] as const;
const rows = {
  physicians: [ana, ben, cy],
  referrals: [
    referralRow(ana.id, '2025-06-01T12:00:00Z'),
    referralRow(ana.id, '2026-01-05T12:00:00Z'),
    referralRow(ben.id, '2026-01-02T12:00:00Z'),
    referralRow(ben.id, '2026-01-20T12:00:00Z', { serviceLine: 'Oncology' }),
    referralRow(ben.id, '2026-02-01T12:00:00Z'),
    // 1 Jan 2026 00:30 in New York, 05:30 UTC: new in a New York January window.
    referralRow(cy.id, '2026-01-01T05:30:00Z', { serviceLine: 'Oncology' }),
  ],
};

describe('topReferrers', () => {
  it('ranks by referrals in the range, with the share of the total', () => {
    const top = topReferrers(viewOf(rows, { fromDay: '2026-01-01', toDay: '2026-01-31' }));
    expect(top.map((r) => [r.name, r.referrals, r.share])).toEqual([
      ['Ben', 2, 0.5],
      ['Ana', 1, 0.25],
      ['Cy', 1, 0.25],
    ]);
    expect(referrersCsvRows(top)[1]).toEqual([
      'Ben',
      '',
      2,
      50,
      '2026-01-02T12:00:00.000Z',
      '2026-01-20T12:00:00.000Z',
    ]);
  });
});

describe('newReferrers', () => {
  it('lists physicians whose first referral ever falls in the range, newest first', () => {
    const view = viewOf(rows, { fromDay: '2026-01-01', toDay: '2026-01-31' }, 'America/New_York');
    expect(newReferrers(view, Date.parse('2026-03-01T00:00:00Z')).map((r) => [r.name, r.referrals])).toEqual([
      ['Ben', 2],
      ['Cy', 1],
    ]);
  });

  it('gives each new referrer the same share of the window as Top referrers does (was 0 %)', () => {
    const view = viewOf(rows, { fromDay: '2026-01-01', toDay: '2026-01-31' }, 'America/New_York');
    const shares = (list: { name: string; share: number }[]) => list.map((r) => [r.name, r.share]);
    const top = new Map(shares(topReferrers(view)) as [string, number][]);
    const fresh = newReferrers(view, Date.parse('2026-03-01T00:00:00Z'));
    expect(shares(fresh)).toEqual([
      ['Ben', 0.5],
      ['Cy', 0.25],
    ]);
    for (const r of fresh) expect(r.share).toBe(top.get(r.name));
    const alone = viewOf({ physicians: [cy], referrals: [referralRow(cy.id, '2026-01-10T12:00:00Z')] }, {});
    expect(shares(newReferrers(alone, Date.parse('2026-02-01T00:00:00Z')))).toEqual([['Cy', 1]]);
  });

  it('judges "first" within the service line filter, and uses the last N days without a range', () => {
    const oncology = viewOf(rows, { serviceLines: ['Oncology'] });
    expect(newReferrers(oncology, Date.parse('2026-02-15T00:00:00Z'), 30).map((r) => r.name)).toEqual(['Ben']);
    expect(newReferrers(oncology, Date.parse('2026-02-15T00:00:00Z'), 60).map((r) => r.name)).toEqual(['Ben', 'Cy']);
  });
});
