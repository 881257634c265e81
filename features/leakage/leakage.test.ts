import { describe, expect, it } from 'vitest';
import { referralRow } from '../../tests/fixtures/dashboard/rows';
import { leakageTable, noServiceLine, splitAndDeclining, unknownCompetitor } from './leakage';

const [a, b] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
const lost = (physicianId: string, at: string, lostTo: string, serviceLine: string, lostReason: string | undefined) =>
  referralRow(physicianId, at, { serviceLine, steps: [['lost', at]], lostTo, lostReason });

describe('leakage', () => {
  const rows = [
    lost(a, '2026-03-01T12:00:00Z', 'Mercy Heart', 'Cardiology', 'access-wait'),
    lost(b, '2026-03-02T12:00:00Z', ' mercy heart ', 'cardiology', 'access-wait'),
    lost(a, '2026-03-03T12:00:00Z', 'Mercy Heart', 'Cardiology', 'insurance'),
    lost(a, '2026-03-04T12:00:00Z', 'Valley Ortho', 'Orthopaedics', 'distance'),
    lost(b, '2026-03-05T12:00:00Z', '', '', undefined),
    referralRow(a, '2026-03-06T12:00:00Z'), // not lost
  ];

  it('groups lost referrals by competitor × service line × reason, names folded, most first', () => {
    expect(leakageTable(rows).map((r) => [r.competitor, r.serviceLine, r.reason, r.count])).toEqual([
      ['Mercy Heart', 'Cardiology', 'access-wait', 2],
      [unknownCompetitor, noServiceLine, null, 1],
      ['Mercy Heart', 'Cardiology', 'insurance', 1],
      ['Valley Ortho', 'Orthopaedics', 'distance', 1],
    ]);
  });

  it('keeps to the date range', () => {
    const from = Date.parse('2026-03-03T00:00:00Z');
    expect(leakageTable(rows, from).map((r) => r.count)).toEqual([1, 1, 1]);
  });

  it('lists split and declining referrers: a lost referral lately and fewer kept than the period before', () => {
    const now = Date.parse('2026-12-31T12:00:00Z');
    const history = [
      referralRow(a, '2026-02-01T12:00:00Z'),
      referralRow(a, '2026-03-01T12:00:00Z'),
      referralRow(a, '2026-08-01T12:00:00Z'),
      lost(a, '2026-09-01T12:00:00Z', 'Mercy Heart', 'Cardiology', 'distance'),
      // b lost one but is not declining: as many kept lately as before.
      referralRow(b, '2026-02-01T12:00:00Z'),
      referralRow(b, '2026-08-01T12:00:00Z'),
      lost(b, '2026-09-01T12:00:00Z', 'Mercy Heart', 'Cardiology', 'distance'),
    ];
    expect(splitAndDeclining(history, now, 180)).toEqual([{ physicianId: a, lost: 1, recent: 1, before: 2 }]);
  });
});
