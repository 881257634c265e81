import { describe, expect, it } from 'vitest';
import { physicianRow, referralRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';
import { referralVolumeByMonth, volumeByPracticeCsvRows } from './referral-volume';

const p1 = physicianRow(1, { first: 'Ana', last: 'Ruiz', practiceName: 'Alpha Clinic' });
const p2 = physicianRow(2, { first: 'Ben', last: 'Okafor', practiceName: 'Alpha Clinic' });
const p3 = physicianRow(3, { first: 'Cy', last: 'Lam' });
const rows = {
  physicians: [p1, p2, p3],
  referrals: [
    referralRow(p1.id, '2025-12-31T23:30:00-05:00'), // New York: December; UTC: January
    referralRow(p1.id, '2025-12-15T12:00:00Z'),
    referralRow(p1.id, '2026-01-10T12:00:00Z'),
    referralRow(p2.id, '2025-11-30T23:00:00-05:00'), // New York: November; UTC: December
    referralRow(p3.id, '2026-02-01T03:00:00Z'), // New York: 31 January; UTC: February
  ],
};

describe('referralVolumeByMonth', () => {
  it('buckets by local month in New York', () => {
    const v = referralVolumeByMonth(viewOf(rows, {}, 'America/New_York'));
    expect(v.months).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(v.byPhysician.map((r) => [r.label, r.counts, r.total])).toEqual([
      ['Ana Ruiz', [0, 2, 1], 3],
      ['Ben Okafor', [1, 0, 0], 1],
      ['Cy Lam', [0, 0, 1], 1],
    ]);
    expect(v.byPractice.map((r) => [r.label, r.counts])).toEqual([
      ['Alpha Clinic', [1, 2, 1]],
      ['(no practice)', [0, 0, 1]],
    ]);
    expect(v.totals).toEqual([1, 2, 2]);
  });

  it('buckets the same instants differently in UTC, across the year boundary', () => {
    const v = referralVolumeByMonth(viewOf(rows, {}, 'UTC'));
    expect(v.months).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(v.byPhysician.map((r) => [r.label, r.counts])).toEqual([
      ['Ana Ruiz', [1, 2, 0]],
      ['Ben Okafor', [1, 0, 0]],
      ['Cy Lam', [0, 0, 1]],
    ]);
  });

  it('covers every month of the date range, empty ones included', () => {
    const view = viewOf(rows, { fromDay: '2025-12-01', toDay: '2026-03-31' }, 'America/New_York');
    const v = referralVolumeByMonth(view);
    expect(v.months).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(v.totals).toEqual([2, 2, 0, 0]);
    expect(volumeByPracticeCsvRows(v)).toEqual([
      ['Practice', '2025-12', '2026-01', '2026-02', '2026-03', 'Total'],
      ['Alpha Clinic', 2, 1, 0, 0, 3],
      ['(no practice)', 0, 1, 0, 0, 1],
    ]);
  });
});
