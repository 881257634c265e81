import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sendFromPage } from '../../tests/e2e/extension-messages';
import { launchWithExtension } from '../../tests/e2e/launch';

/**
 * npm start: builds the extension (the e2e build, which may reach 127.0.0.1 without a prompt), serves the demo
 * portal, launches Chromium with Rounds loaded and sample data. With no display it runs headless and saves
 * screenshots under .output/demo/ instead.
 */
const headless = process.env.CI === 'true' || !process.env.DISPLAY || process.env.HEADLESS === '1';
console.log('Building Rounds (Chromium, demo build)…');
execSync('npx wxt build --mode e2e', { stdio: 'inherit' });

const session = await launchWithExtension('chromium', { headless });
const demoUrl = `${session.server.origin}/demo/index.html`;
const options = await session.openPage('options.html');
const seeded = await sendFromPage(options, 'demo.seed', { history: true });
console.log('Sample data:', JSON.stringify(seeded));
const enabled = await sendFromPage(options, 'demo.enablePortal', { origin: session.server.origin });
if (!enabled.ok) console.log(`Demo portal not enabled automatically: ${enabled.error}`);

const portal = await session.browser.newPage();
await portal.setViewport({ width: 1400, height: 900 });
await portal.goto(demoUrl, { waitUntil: 'load' });
console.log(`Demo portal: ${demoUrl}`);

if (headless) {
  const out = path.resolve('.output/demo');
  mkdirSync(out, { recursive: true });
  await new Promise((r) => setTimeout(r, 1500));
  const shots: [string, typeof portal][] = [['demo-portal.png', portal]];
  await options.setViewport({ width: 1100, height: 800 });
  shots.push(['options.png', options]);
  const popup = await session.openPage('popup.html');
  await popup.setViewport({ width: 380, height: 560 });
  shots.push(['popup.png', popup]);
  for (const [file, page] of shots) {
    await page.bringToFront();
    await page.screenshot({ path: path.join(out, file) as `${string}.png` });
    console.log(`screenshot: ${path.join(out, file)}`);
  }
  await session.close();
} else {
  await portal.bringToFront();
  console.log('Rounds is running. Close the browser or press Ctrl+C to stop.');
  const stop = async () => {
    await session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  session.browser.on('disconnected', stop);
}
