import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { sendFromPage } from '../../tests/e2e/extension-messages';
import type { ExtensionSession } from '../../tests/e2e/launch';
import { sidebarTimes } from './sidebar-timing';
import { type BenchRow, median } from './suite';

const pageFile = path.resolve('tests/e2e/fixtures/portal/bench-ten-physicians.html');
const runs = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Stops the extension's MV3 service worker (as Chrome does after 30 s idle) and waits until it is gone. */
async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const isOurs = (t: { type: () => string; url: () => string }) =>
    t.type() === 'service_worker' && t.url().startsWith(session.origin);
  const target = session.browser.targets().find(isOurs);
  if (!target) return;
  const gone = new Promise<void>((resolve) => {
    const off = (t: unknown) => {
      if (t !== target) return;
      session.browser.off('targetdestroyed', off);
      resolve();
    };
    session.browser.on('targetdestroyed', off);
  });
  await (await target.worker())?.close();
  await Promise.race([gone, sleep(5_000)]);
}

/**
 * Page navigation → the sidebar's "On this page" list rendered (`page`), and sidebar mount (the frame's navigation)
 * → list rendered (`mount`), in ms from the frame's marks lined up with the page's.
 */
async function pageToList(session: ExtensionSession, url: string): Promise<{ page: number; mount: number }> {
  const page: Page = await session.browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const times = await sidebarTimes(page);
    return { page: times.list - (times.steps['page:time-origin'] ?? 0), mount: times.list };
  } finally {
    await page.close();
  }
}

/**
 * Issue #19: a liaison comes back to a portal after the service worker was stopped (Chrome stops it after 30 s
 * idle): page load → sidebar list on a page naming 10 directory physicians, worker stopped first (CDP) against the
 * same with the worker running, same run. Text mode at 50,000 physicians; the restarted worker loads the stored
 * directory index instead of reading every row.
 */
export async function measureWorkerRestart(session: ExtensionSession, log: (m: string) => void): Promise<BenchRow[]> {
  const bench = await session.openPage('bench.html');
  const options = await session.openPage('options.html');
  try {
    const names = await bench.evaluate(() => window.roundsBench?.sample(10) ?? []);
    const rowsHtml = names.map((n, i) => `<tr><td>11/${10 + i}</td><td>Dr. ${escapeHtml(n)}</td><td>Echo</td></tr>`);
    writeFileSync(
      pageFile,
      `<!doctype html><html><head><title>Ten physicians</title></head><body><table>${rowsHtml.join('')}</table></body></html>`,
    );
    const enabled = await sendFromPage(options, 'demo.enablePortal', { origin: `${session.server.origin}/portal/` });
    if (!enabled.ok) throw new Error(`could not enable the bench portal: ${enabled.error}`);
    await sendFromPage(options, 'portal.detectionMode', { mode: 'text' });
    const url = `${session.server.origin}/portal/${path.basename(pageFile)}`;
    await pageToList(session, url); // warms the browser's caches and the stored index
    const warm: number[] = [];
    const mount: number[] = [];
    const stopped: number[] = [];
    for (let i = 0; i < runs; i++) {
      const running = await pageToList(session, url);
      warm.push(running.page);
      mount.push(running.mount);
      await stopServiceWorker(session);
      stopped.push((await pageToList(session, url)).page);
      log(`worker restart: run ${i + 1}: warm ${warm[i]?.toFixed(0)} ms, stopped ${stopped[i]?.toFixed(0)} ms`);
    }
    await sendFromPage(options, 'portal.detectionMode', { mode: 'auto', discovery: true });
    const value = median(stopped.filter(Number.isFinite));
    const mounted = median(mount.filter(Number.isFinite));
    return [
      {
        suite: 'restart',
        name: `sidebar mount → list rendered, small page naming ${names.length} physicians (worker running), median of ${runs}`,
        value: mounted,
        unit: 'ms',
        budget: '<= 150 ms',
        pass: mounted <= 150,
      },
      {
        suite: 'restart',
        name: `service worker stopped → sidebar list, page naming ${names.length} directory physicians (text mode), median of ${runs}`,
        value,
        unit: 'ms',
        baseline: { name: 'same, worker running', value: median(warm.filter(Number.isFinite)) },
        budget: '<= 400 ms',
        pass: value <= 400,
      },
    ];
  } finally {
    await options.close();
    await bench.close();
    rmSync(pageFile, { force: true });
  }
}
