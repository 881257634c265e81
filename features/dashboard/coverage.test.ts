import { describe, expect, it } from 'vitest';
import { outreachRow, physicianRow, practiceRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';
import { coverageByTag, coverageSummaryCsvRows } from './coverage';

const now = Date.parse('2026-03-31T12:00:00Z');
const north = practiceRow(100, 'North Family Medicine');
const seen = physicianRow(1, { last: 'Seen', tags: ['North'] });
const viaPractice = physicianRow(2, { last: 'ViaPractice', tags: ['North'], practiceId: north.id });
const stale = physicianRow(3, { last: 'Stale', tags: ['North', 'South'] });
const never = physicianRow(4, { last: 'Never', tags: ['South'], networkStatus: 'independent' });
const untagged = physicianRow(5, { last: 'Untagged' });
const rows = {
  physicians: [seen, viaPractice, stale, never, untagged],
  practices: [north],
  outreach: [
    outreachRow('2026-03-20T12:00:00Z', { physicianIds: [seen.id] }),
    outreachRow('2026-02-01T12:00:00Z', { practiceId: north.id }),
    outreachRow('2025-12-01T12:00:00Z', { physicianIds: [stale.id] }),
    outreachRow('2026-04-02T12:00:00Z', { physicianIds: [untagged.id] }), // after now
  ],
};

describe('coverageByTag', () => {
  it('lists physicians without outreach in N days per tag, never-reached first', () => {
    const groups = coverageByTag(viewOf(rows), now, 60);
    expect(groups.map((g) => [g.tag, g.physicians, g.uncovered, g.rows.map((r) => r.name)])).toEqual([
      ['South', 2, 2, ['Never', 'Stale']],
      ['(no tag)', 1, 1, ['Untagged']],
      ['North', 3, 1, ['Stale']],
    ]);
    expect(groups[0]?.rows[1]).toMatchObject({ lastOutreachAt: '2025-12-01T12:00:00.000Z', daysSinceOutreach: 120 });
  });

  it('counts outreach exactly N days ago as covering, and practice visits for their physicians', () => {
    const groups = coverageByTag(viewOf(rows), now, 120);
    expect(groups.find((g) => g.tag === 'North')?.uncovered).toBe(0);
    expect(
      coverageByTag(viewOf(rows), now, 30)
        .find((g) => g.tag === 'North')
        ?.rows.map((r) => r.name),
    ).toEqual(['Stale', 'ViaPractice']);
  });

  it('uses each physician’s own visit cadence, the default for the others', () => {
    const weekly = physicianRow(6, { last: 'Weekly', tags: ['East'], visitEveryDays: 7 });
    const quarterly = physicianRow(7, { last: 'Quarterly', tags: ['East'], visitEveryDays: 150 });
    const withCadence = {
      ...rows,
      physicians: [...rows.physicians, weekly, quarterly],
      outreach: [
        ...rows.outreach,
        outreachRow('2026-03-20T12:00:00Z', { physicianIds: [weekly.id] }),
        outreachRow('2025-12-01T12:00:00Z', { physicianIds: [quarterly.id] }),
      ],
    };
    const east = coverageByTag(viewOf(withCadence), now, 60).find((g) => g.tag === 'East');
    expect(east?.rows.map((r) => r.name)).toEqual(['Weekly']);
  });

  it('shows only the filtered tags and networks', () => {
    const groups = coverageByTag(viewOf(rows, { tags: ['South'], networkStatuses: ['unknown'] }), now, 60);
    expect(coverageSummaryCsvRows(groups)).toEqual([
      ['Tag', 'Physicians', 'Without outreach', 'Without outreach %'],
      ['South', 1, 1, 100],
    ]);
  });
});
