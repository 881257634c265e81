import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { sendFromPage } from '../../tests/e2e/extension-messages';
import { launchWithExtension } from '../../tests/e2e/launch';

/**
 * npm run store-assets: store screenshots at 1280×800 and the small promotional tile at 440×280, from the e2e
 * build in headless Chromium with the fictional demo data (the demo portal with the sidebar, the dashboard, Plan my
 * day, the welcome page, the settings page). Writes docs/store/. Light theme (the stores show light pages).
 */
const out = path.resolve('docs/store');
mkdirSync(out, { recursive: true });
const session = await launchWithExtension('chromium');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shoot = async (page: Page, file: string, width = 1280, height = 800) => {
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await sleep(1_000);
  await page.bringToFront();
  await page.screenshot({ path: path.join(out, file) as `${string}.png` });
  console.log(`docs/store/${file}`);
};
try {
  const options = await session.openPage('options.html');
  const seeded = await sendFromPage(options, 'demo.seed', { history: true });
  if (!seeded.ok) throw new Error(`demo.seed: ${seeded.error}`);
  const enabled = await sendFromPage(options, 'demo.enablePortal', { origin: session.server.origin });
  if (!enabled.ok) throw new Error(`demo.enablePortal: ${enabled.error}`);
  const portal = await session.browser.newPage();
  await portal.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  await portal.goto(`${session.server.origin}/demo/index.html`, { waitUntil: 'load' });
  await sleep(2_000); // the sidebar mounts in a closed shadow root: give it time to list the page's physicians
  await shoot(portal, 'screenshot-1-sidebar.png');
  for (const [file, name] of [
    ['dashboard.html', 'screenshot-2-dashboard.png'],
    ['plan.html', 'screenshot-3-plan.png'],
    ['welcome.html', 'screenshot-4-welcome.png'],
  ] as const) {
    const page = await session.openPage(file);
    await shoot(page, name);
    await page.close();
  }
  await shoot(options, 'screenshot-5-settings.png');
  const tile = await session.browser.newPage();
  const icon = readFileSync('public/icon/128.png').toString('base64');
  await tile.setContent(
    `<!doctype html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;
      padding:0 32px;box-sizing:border-box;background:#0b5cad;color:#fff;font:16px system-ui,sans-serif">
      <img src="data:image/png;base64,${icon}" width="96" height="96" alt="">
      <div><div style="font-size:40px;font-weight:700">Rounds</div>
      <div style="margin-top:6px;line-height:1.35">Physician-liaison notes, outreach and referrals beside your
      portals. Data stays in your browser.</div></div></body>`,
  );
  await shoot(tile, 'tile-440x280.png', 440, 280);
} finally {
  await session.close();
}
