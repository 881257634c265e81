import { describe, expect, it } from 'vitest';
import { outreachRow, physicianRow, practiceRow, referralRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';

const north = practiceRow(100, 'North');
const a = physicianRow(1, { tags: ['North'], networkStatus: 'in-network', practiceId: north.id });
const b = physicianRow(2, { tags: ['South'], networkStatus: 'independent' });
const gone = { ...physicianRow(3, { tags: ['North'] }), deletedAt: '2025-01-01T00:00:00.000Z' };
const rows = {
  physicians: [a, b, gone],
  practices: [north],
  referrals: [
    referralRow(a.id, '2025-12-31T04:59:59Z'), // 30 Dec in New York
    referralRow(a.id, '2025-12-31T05:00:00Z', { serviceLine: 'Oncology' }), // 31 Dec in New York
    referralRow(b.id, '2026-01-01T04:59:59Z'), // still 31 Dec in New York
    referralRow(b.id, '2026-01-01T05:00:00Z'), // 1 Jan in New York
    referralRow(gone.id, '2025-12-31T12:00:00Z'),
  ],
  outreach: [
    outreachRow('2025-12-01T12:00:00Z', { physicianIds: [b.id] }),
    outreachRow('2025-12-02T12:00:00Z', { practiceId: north.id }),
  ],
};

describe('applyDashboardFilters', () => {
  it('reads the day range in the dashboard’s zone, both ends inclusive', () => {
    const view = viewOf(rows, { fromDay: '2025-12-31', toDay: '2025-12-31' }, 'America/New_York');
    expect(Array.from(view.referrals, (i) => view.data.referrals.receivedMs[i])).toEqual(
      ['2025-12-31T05:00:00Z', '2025-12-31T12:00:00Z', '2026-01-01T04:59:59Z'].map(Date.parse),
    );
    expect(view.referralsAllDates).toHaveLength(5);
  });

  it('filters referrals by service line, tag and network; deleted physicians only pass unfiltered', () => {
    expect(viewOf(rows, { serviceLines: ['Oncology'] }).referrals).toHaveLength(1);
    expect(viewOf(rows, { tags: ['North'] }).referrals).toHaveLength(2);
    expect(viewOf(rows, { networkStatuses: ['independent', 'competitor'] }).referrals).toHaveLength(2);
    expect(viewOf(rows, { tags: ['North'], networkStatuses: ['independent'] }).referrals).toHaveLength(0);
    expect(viewOf(rows, { tags: [] }).referrals).toHaveLength(5);
  });

  it('keeps outreach with an included physician, directly or through their practice', () => {
    expect(viewOf(rows).outreachIncluded).toBeNull();
    expect([...(viewOf(rows, { tags: ['North'] }).outreachIncluded ?? [])]).toEqual([0, 1]);
    expect([...(viewOf(rows, { tags: ['South'] }).outreachIncluded ?? [])]).toEqual([1, 0]);
  });
});
