import { describe, expect, it } from 'vitest';
import { outreachRow } from '../../tests/fixtures/dashboard/rows';
import { useTimeZone } from '../../tests/time-zone';
import { daysToResolve, median } from './concern-state';
import { voiceReport } from './voice-report';

useTimeZone('UTC');

const a = '00000000-0000-4000-8000-00000000000a';
const concern = (fields: Record<string, unknown>) => ({ category: 'access' as const, ...fields });
const row = (at: string, fields: Parameters<typeof outreachRow>[1]) =>
  outreachRow(at, { physicianIds: [a], ...fields });

describe('time to resolve', () => {
  it('counts whole days from raised to closed, null while open', () => {
    const o = row('2026-03-01T12:00:00Z', {
      concern: concern({ status: 'resolved', resolvedAt: '2026-03-05T11:00:00Z' }),
    });
    expect(daysToResolve(o)).toBe(3);
    expect(daysToResolve(row('2026-03-01T12:00:00Z', { concern: concern({}) }))).toBeNull();
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('voice-of-the-referrer report', () => {
  const rows = [
    row('2026-03-02T12:00:00Z', {
      concern: concern({
        status: 'resolved',
        resolvedAt: '2026-03-12T12:00:00Z',
        department: 'Radiology',
        reportedBackOn: '2026-03-13',
      }),
      satisfaction: 2,
    }),
    row('2026-03-10T12:00:00Z', {
      concern: concern({ status: 'in-progress', department: 'Radiology', category: 'staff' }),
      satisfaction: 4,
    }),
    row('2026-02-20T12:00:00Z', {
      concern: concern({ status: 'wont-fix', resolvedAt: '2026-03-04T12:00:00Z' }),
    }),
    row('2026-02-01T12:00:00Z', { satisfaction: 5 }),
  ];
  const r = voiceReport(rows, '2026-03');

  it('counts raised and closed in the month by department and category, with median days to resolve', () => {
    expect([r.raised, r.closed, r.medianDaysToResolve, r.reportedBack]).toEqual([2, 2, 11, 1]);
    expect(r.byDepartmentAndCategory).toEqual([
      { department: 'Radiology', category: 'Access', raised: 1, resolved: 1 },
      { department: 'Radiology', category: 'Staff', raised: 1, resolved: 0 },
      { department: '(no department)', category: 'Access', raised: 0, resolved: 1 },
    ]);
  });

  it('ages concerns still open at the month end, and trends satisfaction', () => {
    expect(r.openAging.map((o) => [o.department, o.daysOpen])).toEqual([['Radiology', 21]]);
    expect(r.satisfaction.slice(-2)).toEqual([
      { month: '2026-02', mean: 5, scores: 1 },
      { month: '2026-03', mean: 3, scores: 2 },
    ]);
  });
});
