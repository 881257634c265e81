import { describe, expect, it } from 'vitest';
import { physicianRow, referralRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';
import { referralsThisAndLastMonth } from './summary';

const ana = physicianRow(1, { last: 'Ana' });
const at = (iso: string) => referralRow(ana.id, iso);

describe('referralsThisAndLastMonth', () => {
  it('counts this local month, last month, and last month up to the same day', () => {
    const rows = {
      physicians: [ana],
      referrals: [
        at('2026-01-20T12:00:00Z'),
        at('2026-02-03T12:00:00Z'),
        at('2026-02-25T12:00:00Z'),
        // 1 Mar 2026 03:00 UTC is still 28 Feb in New York.
        at('2026-03-01T03:00:00Z'),
        at('2026-03-02T12:00:00Z'),
        at('2026-03-09T12:00:00Z'),
      ],
    };
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(referralsThisAndLastMonth(viewOf(rows, {}, 'America/New_York'), now, 'America/New_York')).toEqual({
      thisMonth: 2,
      lastMonth: 3,
      lastMonthToDate: 1,
    });
    expect(referralsThisAndLastMonth(viewOf(rows, {}, 'UTC'), now, 'UTC').thisMonth).toBe(3);
  });
});
