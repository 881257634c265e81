import { localDay } from '../../../features/follow-ups/local-day';
import { addStop } from '../../../features/plan/day-plan-store';
import { candidatesOf, loadCandidateData } from '../../../features/plan/load-candidates';
import { weekdays } from '../../../storage/schemas';
import { type BenchRow, type BenchSuite, median, percentile } from '../suite';

const cadences = [null, 14, 30, 60, 90] as const;

/**
 * Plan my day at 50,000 physicians: each gets two office days and a cadence (deterministic), then the candidate
 * read (IndexedDB: `*officeDays`, in-person outreach since the longest cadence, follow-ups) and the candidate
 * computation (pure) are timed, and today's plan gets 8 stops for the page-open measure (dev/bench/plan-open.ts).
 */
export const planSuite: BenchSuite = {
  name: 'plan',
  async run(ctx) {
    const rows: BenchRow[] = [];
    let i = 0;
    await ctx.db.physicians.toCollection().modify((p) => {
      p.officeDays = [
        weekdays[i % 5] as (typeof weekdays)[number],
        weekdays[(i * 3 + 1) % 7] as (typeof weekdays)[number],
      ];
      p.visitEveryDays = cadences[i % cadences.length] ?? null;
      i++;
    });
    ctx.log(`plan: ${i} physicians given office days and cadences`);
    const today = localDay();
    const reads: number[] = [];
    let data = await loadCandidateData(ctx.db, today);
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      data = await loadCandidateData(ctx.db, today);
      reads.push(performance.now() - t0);
    }
    ctx.log(`plan: ${data.inOffice.length} in the office today, ${data.lastVisits.size} with a recent visit`);
    const computes: number[] = [];
    let count = 0;
    for (let r = 0; r < 40; r++) {
      const tag = r % 2 ? 'north' : '';
      const t0 = performance.now();
      count = candidatesOf(data, tag, new Set()).length;
      computes.push(performance.now() - t0);
    }
    const p95 = percentile(computes, 95);
    rows.push({
      suite: 'plan',
      name: `plan candidates computed, p95 (${data.inOffice.length.toLocaleString('en-US')} in the office of 50,000; ${count.toLocaleString('en-US')} candidates)`,
      value: p95,
      unit: 'ms',
      budget: '<= 100 ms',
      pass: p95 <= 100,
    });
    rows.push({ suite: 'plan', name: 'plan candidates computed, p50', value: median(computes), unit: 'ms' });
    rows.push({
      suite: 'plan',
      name: 'plan candidates read from IndexedDB (office-day index, recent visits, follow-ups), median of 5',
      value: median(reads),
      unit: 'ms',
    });
    for (const c of candidatesOf(data, '', new Set()).slice(0, 8))
      await addStop(ctx.db, today, { physicianId: c.physicianId });
    return rows;
  },
};
