import { describe, expect, it } from 'vitest';
import { outreachRow, physicianRow, practiceRow, programRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';
import { concernsCsvRows, physicianConcerns } from './concerns';

const now = Date.parse('2026-03-31T12:00:00Z');
const north = practiceRow(100, 'North Family Medicine');
const a = physicianRow(1, { last: 'A', practiceId: north.id });
const b = physicianRow(2, { last: 'B', practiceName: 'South Clinic' });
const concern = (category: 'access' | 'staff', resolvedAt: string | null = null) => ({
  concern: { category, resolvedAt },
});
const cardiology = programRow(1, 'Cardiology');
const imaging = programRow(2, 'MRI', 'Imaging');
const rows = {
  programs: [cardiology, imaging],
  physicians: [a, b],
  practices: [north],
  outreach: [
    outreachRow('2026-03-01T12:00:00Z', {
      physicianIds: [a.id],
      programIds: [cardiology.id],
      ...concern('access', '2026-03-05T12:00:00Z'),
    }),
    outreachRow('2026-03-11T12:00:00Z', {
      physicianIds: [a.id, b.id],
      programIds: [cardiology.id, imaging.id],
      ...concern('access'),
    }),
    outreachRow('2026-03-21T12:00:00Z', { practiceId: north.id, ...concern('staff', '2026-03-31T12:00:00Z') }),
    outreachRow('2026-03-25T12:00:00Z', { physicianIds: [b.id], ...concern('staff', '2026-04-10T12:00:00Z') }), // resolved after now
    outreachRow('2026-03-26T12:00:00Z', { physicianIds: [b.id], programIds: [cardiology.id] }), // no concern
  ],
};

describe('physicianConcerns', () => {
  const result = physicianConcerns(viewOf(rows), now);

  it('counts open and resolved concerns as of now, with median days', () => {
    expect(result.total).toEqual({
      label: 'All concerns',
      open: 2,
      resolved: 2,
      medianDaysToResolve: 7,
      medianDaysOpen: 13,
    });
    expect(result.byCategory).toEqual([
      { label: 'access', open: 1, resolved: 1, medianDaysToResolve: 4, medianDaysOpen: 20 },
      { label: 'staff', open: 1, resolved: 1, medianDaysToResolve: 10, medianDaysOpen: 6 },
    ]);
  });

  it('groups by practice (each practice once) and by topic', () => {
    expect(result.byPractice.map((g) => [g.label, g.open, g.resolved])).toEqual([
      ['South Clinic', 2, 0],
      ['North Family Medicine', 1, 2],
    ]);
    expect(result.byServiceLine.map((g) => [g.label, g.open, g.resolved])).toEqual([
      ['(no topic)', 1, 1],
      ['Cardiology', 1, 1],
      ['Imaging', 1, 0],
    ]);
  });

  it('applies the date range and the service line filter to topics', () => {
    const march10on = physicianConcerns(viewOf(rows, { fromDay: '2026-03-10', serviceLines: ['Cardiology'] }), now);
    expect(march10on.total).toMatchObject({ open: 1, resolved: 0 });
    expect(concernsCsvRows(march10on)[1]).toEqual(['All', 'All concerns', 1, 0, 20, null]);
  });
});
