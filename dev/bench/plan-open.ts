import type { ExtensionSession } from '../../tests/e2e/launch';
import { type BenchRow, median, percentile } from './suite';

/**
 * Opens plan.html `runs` times after the plan suite seeded today's plan, reading from each load the time from
 * navigation start to the marks `rounds:plan-ready` (today's stops on screen, with their office details) and
 * `rounds:candidates-rendered` (the candidate list on screen).
 */
export async function planOpenRows(session: ExtensionSession, runs = 10): Promise<BenchRow[]> {
  const ready: number[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const page = await session.openPage('plan.html');
    const read = async (mark: string) =>
      (await (
        await page.waitForFunction(
          (m: string) => performance.getEntriesByName(m)[0]?.startTime ?? 0,
          { timeout: 60_000, polling: 10 },
          mark,
        )
      ).jsonValue()) as number;
    const a = await read('rounds:plan-ready');
    const b = await read('rounds:candidates-rendered');
    await page.close();
    if (i >= 2) {
      ready.push(a);
      candidates.push(b);
    }
  }
  const p95 = percentile(ready, 95);
  return [
    {
      suite: 'plan-open',
      name: `day page open to today's stops shown, p95 of ${runs} (50,000 physicians, 8 stops)`,
      value: p95,
      unit: 'ms',
      budget: '<= 300 ms',
      pass: p95 <= 300,
    },
    { suite: 'plan-open', name: 'day page open to stops shown, median', value: median(ready), unit: 'ms' },
    { suite: 'plan-open', name: 'day page open to candidates shown, median', value: median(candidates), unit: 'ms' },
  ];
}
