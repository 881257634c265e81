import type { ExtensionSession } from '../../tests/e2e/launch';
import { type BenchRow, median } from './suite';

/**
 * Opens popup.html `runs` times and reads, from each load, the time from navigation start to
 * performance.mark('rounds:interactive') (focus in Physician, first suggestions on screen).
 */
export async function popupOpenTimes(session: ExtensionSession, runs = 15): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const page = await session.openPage('popup.html');
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('rounds:interactive')[0]?.startTime ?? 0,
      { timeout: 20_000, polling: 10 },
    );
    const ms = (await handle.jsonValue()) as number;
    await page.close();
    if (i >= 2) times.push(ms); // the first two loads warm the browser's caches
  }
  return times;
}

/** Bench rows for popup open to interactive, seeded against the empty database of the same run. */
export function popupOpenRows(seeded: number[], empty: number[]): BenchRow[] {
  const value = median(seeded);
  const baseline = median(empty);
  return [
    {
      suite: 'popup-open',
      name: `popup open to interactive, median of ${seeded.length}`,
      value,
      unit: 'ms',
      baseline: { name: 'same, empty database', value: baseline },
      budget: '<= 100 ms and <= 1.2× empty',
      pass: value <= 100 && value <= 1.2 * baseline,
    },
  ];
}
