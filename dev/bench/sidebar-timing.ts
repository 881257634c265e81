import type { Page } from 'puppeteer-core';
import { waitForSidebar } from '../../tests/e2e/sidebar-frames';
import { median } from './suite';

/** Timing marks of the content script and the sidebar frame (e2e build only), read through puppeteer. */
export type Marks = Record<string, number>;

/** Sums of the content script's User Timing measures (rounds:compile, scan, batch, send; e2e build only). */
export const readMarks = (page: Page): Promise<Marks> =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure'))
      if (e.name.startsWith('rounds:')) out[e.name] = (out[e.name] ?? 0) + e.duration;
    performance.clearMeasures();
    return out;
  });

/** Every rounds:* mark (first of each) as absolute ms (timeOrigin + startTime), to line the page and frame up. */
const absoluteMarks = (): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const e of performance.getEntriesByType('mark'))
    if (e.name.startsWith('rounds:') && !(e.name in out)) out[e.name] = performance.timeOrigin + e.startTime;
  out['rounds:time-origin'] = performance.timeOrigin;
  return out;
};

export interface SidebarTimes {
  authorized: number;
  list: number;
  /** The page's and the frame's marks (e2e build), ms from the frame's navigation (negative: before it). */
  steps: Marks;
}

/** Sidebar frame: ms from its navigation (the mount) to authorized with context, and to the list rendered. */
export async function sidebarTimes(page: Page): Promise<SidebarTimes> {
  const { frame } = await waitForSidebar(page, (s) => s.status === 'ready');
  const list = await frame
    .waitForFunction(
      () => document.querySelector('section[aria-labelledby="on-this-page"] li') !== null && performance.now(),
      { polling: 'mutation', timeout: 15_000 },
    )
    .catch(() => null); // nobody detected: no list to wait for
  const authorized = await frame.evaluate(
    () => performance.getEntriesByName('rounds:context-ready')[0]?.startTime ?? 0,
  );
  // The list may be in the DOM before this poll starts (the wait for `ready` above returns late): the frame's own
  // mark (e2e build) is when it was committed; the poll's time is only an upper bound.
  const committed = await frame.evaluate(
    () => performance.getEntriesByName('rounds:list-rendered')[0]?.startTime ?? Number.NaN,
  );
  const polled = list ? ((await list.jsonValue()) as number) : Number.NaN;
  const frameMarks = await frame.evaluate(absoluteMarks);
  const pageMarks = await page.evaluate(absoluteMarks);
  const origin = frameMarks['rounds:time-origin'] ?? 0;
  const steps: Marks = { 'page:time-origin': (pageMarks['rounds:time-origin'] ?? 0) - origin };
  for (const [name, at] of Object.entries(pageMarks))
    if (name !== 'rounds:time-origin') steps[`page:${name.slice(7)}`] = at - origin;
  for (const [name, at] of Object.entries(frameMarks))
    if (name !== 'rounds:time-origin') steps[`frame:${name.slice(7)}`] = at - origin;
  steps['frame:list-polled'] = polled;
  return { authorized, list: list && Number.isFinite(committed) ? committed : polled, steps };
}

/** Logs the median of each step over the runs, in time order (where the mount → list time goes). */
export function logSteps(log: (m: string) => void, label: string, runs: SidebarTimes[]): void {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.steps)))];
  const medians = names.map((n) => [n, median(runs.map((r) => r.steps[n]).filter((v) => v !== undefined))] as const);
  medians.sort((a, b) => a[1] - b[1]);
  log(`${label}: ${medians.map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`);
}
