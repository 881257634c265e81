import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from '../../tests/e2e/launch';

/** Each page shot by `npm start` (headless): file stem, extension page (or the demo portal), viewport. */
export const screenshotPages = [
  { name: 'sidebar', file: 'demo', width: 1400, height: 900 },
  { name: 'dashboard', file: 'dashboard.html', width: 1280, height: 1000 },
  { name: 'popup', file: 'popup.html', width: 380, height: 640 },
  { name: 'options', file: 'options.html', width: 1100, height: 1000 },
  { name: 'activity', file: 'activity.html', width: 1100, height: 900 },
  { name: 'plan', file: 'plan.html', width: 1100, height: 900 },
  { name: 'capture', file: 'capture.html', width: 560, height: 700 },
] as const;

/** Opens one page of the list: the demo portal (with its sidebar) or an extension page. */
async function open(session: ExtensionSession, file: string): Promise<Page> {
  if (file !== 'demo') return session.openPage(file);
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/demo/index.html`, { waitUntil: 'load' });
  return page;
}

/** Saves `<name>-light.png` and `<name>-dark.png` of every page into `outDir`; returns the files written. */
export async function saveScreenshots(
  session: ExtensionSession,
  outDir: string,
  only: readonly string[] = screenshotPages.map((p) => p.name),
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of screenshotPages.filter((p) => only.includes(p.name))) {
    const page = await open(session, spec.file);
    await page.setViewport({ width: spec.width, height: spec.height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      // Charts read their colours once when drawn; a reload draws them in the scheme now emulated.
      await page.reload({ waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, spec.name === 'sidebar' ? 2500 : 1200));
      const file = path.join(outDir, `${spec.name}-${scheme}.png`);
      await page.bringToFront();
      await page.screenshot({ path: file as `${string}.png` });
      written.push(file);
    }
    await page.close();
  }
  return written;
}
