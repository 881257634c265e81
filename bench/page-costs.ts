import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { generatePortalBlocks } from '../page-context/generate-portal-text';
import { generateDirectory } from '../search/generate-directory';
import { sendFromPage } from '../tests/e2e/extension-messages';
import type { ExtensionSession } from '../tests/e2e/launch';
import { waitForSidebar } from '../tests/e2e/sidebar-frames';
import { type BenchRow, median } from './suite';

const pageFile = path.resolve('tests/e2e/fixtures/portal/bench-generated-1mb.html');
const runs = 5;
const settleMs = 1500;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Main-thread time (CDP TaskDuration, ms) a page load costs, measured after the page settled. */
async function loadCost(
  session: ExtensionSession,
  url: string,
  withSidebar: boolean,
): Promise<{ task: number; ready: number }> {
  const page = await session.browser.newPage();
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  if (withSidebar) await waitForSidebar(page, (s) => s.status === 'ready');
  const ready = withSidebar ? Date.now() - started : 0;
  await new Promise((r) => setTimeout(r, settleMs));
  const { TaskDuration = 0 } = await page.metrics();
  await page.close();
  return { task: TaskDuration * 1000, ready };
}

/** Main-thread time of one SPA-style batch (50 rows rewritten), measured over a settle window. */
async function batchCost(page: Page): Promise<number> {
  const before = (await page.metrics()).TaskDuration ?? 0;
  await page.evaluate(() => {
    const rows = document.querySelectorAll('td');
    for (let i = 0; i < 50; i++) {
      const cell = rows[i * 37];
      if (cell) cell.textContent = `${cell.textContent ?? ''} `;
    }
  });
  await new Promise((r) => setTimeout(r, 600));
  return ((await page.metrics()).TaskDuration ?? 0) * 1000 - before * 1000;
}

/** Median main-thread time of mutation batches on a loaded page. */
async function batches(session: ExtensionSession, url: string, withSidebar: boolean): Promise<number> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (withSidebar) await waitForSidebar(page, (s) => s.status === 'ready');
  await new Promise((r) => setTimeout(r, settleMs));
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await batchCost(page));
  await page.close();
  return median(out);
}

/**
 * In-page costs of the portal content script, in real Chromium (bench/run.ts calls this after the suites, so
 * the directory is seeded at scale): page-load main-thread time with and without Rounds on a 1 MB portal page,
 * a mutation batch, load → authorized sidebar, and the shipped bundle size.
 */
export async function measurePageCosts(session: ExtensionSession, log: (m: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (
    name: string,
    value: number,
    unit: string,
    budget?: [string, boolean],
    baseline?: BenchRow['baseline'],
  ) =>
    rows.push({
      suite: 'injection',
      name,
      value,
      unit,
      ...(budget ? { budget: budget[0], pass: budget[1] } : {}),
      ...(baseline ? { baseline } : {}),
    });
  const code = readFileSync('.output/chrome-mv3-e2e/portal-content.js');
  const gzip = gzipSync(code).length / 1024;
  row('content script bundle (gzip)', gzip, 'KiB', ['<= 10 KiB', gzip <= 10]);

  const blocks = generatePortalBlocks(generateDirectory(5_000), 1_000_000);
  const body = blocks.map((b) => `<tr><td>${escapeHtml(b)}</td></tr>`).join('\n');
  writeFileSync(
    pageFile,
    `<!doctype html><html><head><title>1 MB portal</title></head><body><table>${body}</table></body></html>`,
  );
  const url = `${session.server.origin}/portal/${path.basename(pageFile)}`;
  try {
    log('injection: 1 MB page without Rounds');
    const plain: number[] = [];
    for (let i = 0; i < runs; i++) plain.push((await loadCost(session, url, false)).task);
    const plainBatch = await batches(session, url, false);
    const options = await session.openPage('options.html');
    const enabled = await sendFromPage(options, 'demo.enablePortal', { origin: `${session.server.origin}/portal/` });
    if (!enabled.ok) throw new Error(`could not enable the bench portal: ${enabled.error}`);
    log('injection: 1 MB page with Rounds');
    const withRounds: Array<{ task: number; ready: number }> = [];
    for (let i = 0; i < runs; i++) withRounds.push(await loadCost(session, url, true));
    const added = median(withRounds.map((r) => r.task)) - median(plain);
    row(
      'page load main-thread time added, 1 MB page (scan, host, push layout)',
      added,
      'ms',
      ['<= 20 ms', added <= 20],
      {
        name: 'page alone',
        value: median(plain),
      },
    );
    row('load event → sidebar authorized with context, 1 MB page', median(withRounds.map((r) => r.ready)), 'ms');
    const batchAdded = (await batches(session, url, true)) - plainBatch;
    row('mutation batch (50 rows) main-thread time added', batchAdded, 'ms', ['<= 2 ms', batchAdded <= 2], {
      name: 'batch alone',
      value: plainBatch,
    });

    log('injection: small portal page → sidebar ready');
    const small: number[] = [];
    for (let i = 0; i < runs; i++)
      small.push((await loadCost(session, `${session.server.origin}/portal/queue.html`, true)).ready);
    const open = median(small);
    row('load event → sidebar authorized with context, small page', open, 'ms', ['<= 150 ms', open <= 150]);
    await options.close();
  } finally {
    rmSync(pageFile, { force: true });
  }
  return rows;
}
