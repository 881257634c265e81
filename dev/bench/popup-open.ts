import type { ExtensionSession } from '../../tests/e2e/launch';
import { type BenchRow, median } from './suite';

export interface PopupOpen {
  /** Navigation start → performance.mark('rounds:interactive') (focus in Physician, first suggestions on screen). */
  interactive: number;
  /** Navigation start → a first keystroke ("smi") answered from the whole directory's index. */
  keystroke: number;
}

/**
 * Opens popup.html `runs` times and reads, from each load, the time to interactive and the time until a first
 * keystroke is answered from the whole directory (the stored index loaded: `rounds:index-ready`, then one search).
 */
export async function popupOpenTimes(session: ExtensionSession, runs = 15): Promise<PopupOpen[]> {
  const times: PopupOpen[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const page = await session.openPage('popup.html');
    const mark = (name: string) =>
      page
        .waitForFunction(
          (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? 0,
          { timeout: 20_000, polling: 10 },
          name,
        )
        .then((h) => h.jsonValue() as Promise<number>);
    const interactive = await mark('rounds:interactive');
    const ready = await mark('rounds:index-ready');
    const keystroke = await page.evaluate(async (at: number) => {
      const search = (window as unknown as { roundsDirectorySearch: { search: (q: string) => Promise<unknown[]> } })
        .roundsDirectorySearch;
      const start = performance.now();
      await search.search('smi');
      return Math.max(at, start) + performance.now() - start;
    }, ready);
    await page.close();
    if (i >= 2) times.push({ interactive, keystroke }); // the first two loads warm the browser's caches
  }
  return times;
}

/** Bench rows for popup open to interactive (against the empty database of the same run) and to the first keystroke. */
export function popupOpenRows(seeded: PopupOpen[], empty: PopupOpen[]): BenchRow[] {
  const value = median(seeded.map((t) => t.interactive));
  const baseline = median(empty.map((t) => t.interactive));
  const keystroke = median(seeded.map((t) => t.keystroke));
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
    {
      suite: 'popup-open',
      name: `popup open → first keystroke answered from the whole directory, median of ${seeded.length}`,
      value: keystroke,
      unit: 'ms',
      baseline: { name: 'same, empty database', value: median(empty.map((t) => t.keystroke)) },
      budget: '<= 150 ms',
      pass: keystroke <= 150,
    },
  ];
}
