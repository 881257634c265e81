import { execSync } from 'node:child_process';
import path from 'node:path';
import { sendFromPage } from '../../tests/e2e/extension-messages';
import { launchWithExtension } from '../../tests/e2e/launch';
import { saveScreenshots } from './screenshots';

/**
 * npm start: builds the extension (the e2e build, which may reach 127.0.0.1 without a prompt), serves the demo
 * portal, launches Chromium with Rounds loaded and sample data. With no display (or HEADLESS=1) it runs headless
 * and saves screenshots of every page, light and dark, into docs/screenshots/ (SCREENSHOTS_DIR to change).
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
  // Every page, light and dark, for docs/ (README and the store helper reuse them).
  const written = await saveScreenshots(session, path.resolve(process.env.SCREENSHOTS_DIR || 'docs/screenshots'));
  for (const file of written) console.log(`screenshot: ${file}`);
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
