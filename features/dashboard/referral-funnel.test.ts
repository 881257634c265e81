import { describe, expect, it } from 'vitest';
import { physicianRow, referralRow } from '../../tests/fixtures/dashboard/rows';
import { viewOf } from '../../tests/fixtures/dashboard/view';
import { funnelCsvRows, referralFunnel } from './referral-funnel';

const p = physicianRow(1);
const d = (day: number) => `2025-11-${String(day).padStart(2, '0')}T12:00:00Z`;
const rows = {
  physicians: [p],
  referrals: [
    // Cardiology: 2 days received, 4 scheduled, 1 seen, 2 report-sent, closed.
    referralRow(p.id, d(1), {
      steps: [
        ['scheduled', d(3)],
        ['seen', d(7)],
        ['report-sent', d(8)],
        ['closed', d(10)],
      ],
    }),
    // Cardiology: 4 days received, still scheduled (left out of the scheduled median).
    referralRow(p.id, d(1), { steps: [['scheduled', d(5)]] }),
    // Cardiology: skipped "scheduled" on the way to seen, then cancelled: reached seen.
    referralRow(p.id, d(1), {
      steps: [
        ['seen', d(4)],
        ['cancelled', d(6)],
      ],
    }),
    // Oncology: a correction back to received; reached only received, 1 + 1 days received.
    referralRow(p.id, d(1), {
      serviceLine: 'Oncology',
      steps: [
        ['scheduled', d(2)],
        ['received', d(3)],
        ['scheduled', d(4)],
        ['received', d(20)],
      ],
    }),
  ],
};

describe('referralFunnel', () => {
  const [all, cardiology, oncology] = referralFunnel(viewOf(rows));

  it('counts how far referrals got, by service line', () => {
    expect(all?.serviceLine).toBe('All service lines');
    expect(cardiology?.serviceLine).toBe('Cardiology');
    expect(cardiology?.stages.map((s) => [s.stage, s.reached, s.current])).toEqual([
      ['received', 3, 0],
      ['scheduled', 3, 1],
      ['seen', 2, 0],
      ['report-sent', 1, 0],
      ['closed', 1, 1],
    ]);
    expect(cardiology?.cancelled).toBe(1);
    expect(all?.stages[0]?.reached).toBe(4);
    expect(all?.stages[1]?.reachedPct).toBe(75);
    expect(oncology?.stages.map((s) => s.reached)).toEqual([1, 0, 0, 0, 0]);
  });

  it('takes median days per stage over finished stays only', () => {
    expect(cardiology?.stages.map((s) => [s.medianDays, s.measured])).toEqual([
      [3, 3], // received: 2, 4, 3
      [4, 1], // scheduled: 4 (the open one is left out)
      [1.5, 2], // seen: 1, 2
      [2, 1],
      [null, 0],
    ]);
    // Oncology sits in received again now, and in scheduled it spent 1 + 16 days.
    expect(oncology?.stages.map((s) => s.medianDays)).toEqual([null, 17, null, null, null]);
  });

  it('exports one line per service line and stage', () => {
    const csv = funnelCsvRows(referralFunnel(viewOf(rows)));
    expect(csv).toHaveLength(1 + 3 * 5);
    // Scheduled over both lines: Cardiology 4 days, Oncology 17.
    expect(csv[2]).toEqual(['All service lines', 'scheduled', 3, 75, 1, 10.5, 2]);
  });
});
