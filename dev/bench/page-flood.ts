import type { Page } from 'puppeteer-core';
import { sendFromPage } from '../../tests/e2e/extension-messages';
import type { ExtensionSession } from '../../tests/e2e/launch';
import { waitForSidebar } from '../../tests/e2e/sidebar-frames';
import { popupOpenTimes } from './popup-open';
import { type BenchRow, median } from './suite';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** ms for one `outreach.log` round trip through the background (a save a liaison makes), timed in the page. */
async function saveTimes(page: Page, physicianId: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(
      await page.evaluate(async (id) => {
        type Runtime = { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } };
        const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
        const api = (g.browser ?? g.chrome) as Runtime;
        const entry = { type: 'call', at: new Date().toISOString(), physicianIds: [id], practiceId: null };
        const start = performance.now();
        const reply = await api.runtime.sendMessage({ type: 'outreach.log', payload: { entry } });
        if (!reply.ok) throw new Error(`outreach.log failed: ${JSON.stringify(reply)}`);
        return performance.now() - start;
      }, physicianId),
    );
  }
  return out;
}

/** A physician to log with: created once through the same message (the seeded ids are not known here). */
async function benchPhysician(popup: Page): Promise<string> {
  const reply = await sendFromPage(popup, 'outreach.log', {
    entry: { type: 'call', at: new Date().toISOString(), physicianIds: [], practiceId: null },
    newPhysicians: [{ first: 'Flood', last: 'Bench' }],
  });
  const id = (reply.data as { createdPhysicianIds?: string[] } | undefined)?.createdPhysicianIds?.[0];
  if (!reply.ok || !id) throw new Error(`could not create the bench physician: ${reply.error}`);
  return id;
}

/**
 * What a hostile page can make Rounds do (issue #12): a portal page in text mode rewrites 60 blocks of 100,000
 * characters on every frame. Popup open and a save through the background, with that page open and flooding,
 * against the same with the page quiet, in the same run. Budget: at most 2× slower.
 */
export async function measurePageFlood(session: ExtensionSession, log: (m: string) => void): Promise<BenchRow[]> {
  log('page flood: quiet baseline');
  const extensionPage = await session.openPage('options.html');
  const popup = await session.openPage('popup.html'); // outreach.log is the popup's and the sidebar's message
  const enabled = await sendFromPage(extensionPage, 'demo.enablePortal', {
    origin: `${session.server.origin}/hostile/`,
  });
  if (!enabled.ok) throw new Error(`could not enable the flood portal: ${enabled.error}`);
  await sendFromPage(extensionPage, 'portal.detectionMode', { mode: 'text' });
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/hostile/flood.html`, { waitUntil: 'load' });
  await waitForSidebar(page, (s) => s.status === 'ready', 60_000);
  await sleep(1_500);
  const physicianId = await benchPhysician(popup);
  await sleep(1_500);
  const quietPopup = (await popupOpenTimes(session, 7)).map((t) => t.interactive);
  const quietSave = await saveTimes(popup, physicianId, 9);
  log('page flood: flooding');
  await page.evaluate(() => (window as unknown as { startFlood: () => void }).startFlood());
  await sleep(2_000);
  const floodPopup = (await popupOpenTimes(session, 7)).map((t) => t.interactive);
  const floodSave = await saveTimes(popup, physicianId, 9);
  const sends = await page.evaluate(() => performance.getEntriesByName('rounds:send').length);
  await page.evaluate(() => (window as unknown as { stopFlood: () => void }).stopFlood());
  await page.close();
  await sendFromPage(extensionPage, 'portal.detectionMode', { mode: 'auto' });
  await extensionPage.close();
  await popup.close();
  const row = (name: string, flood: number[], quiet: number[]): BenchRow => {
    const value = median(flood);
    const baseline = median(quiet);
    return {
      suite: 'page-flood',
      name,
      value,
      unit: 'ms',
      baseline: { name: 'same, page quiet', value: baseline },
      budget: '<= 2× quiet',
      pass: value <= 2 * baseline,
    };
  };
  return [
    row(
      'popup open to interactive while a page floods text mode (60 × 100,000 chars per frame)',
      floodPopup,
      quietPopup,
    ),
    row('outreach.log save while a page floods text mode', floodSave, quietSave),
    {
      suite: 'page-flood',
      name: 'text-mode messages the flooding page sent (whole run)',
      value: sends,
      unit: 'messages',
    },
  ];
}
