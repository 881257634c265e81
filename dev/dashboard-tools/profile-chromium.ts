// CPU profile of the dashboard bench suite in the e2e build's bench page (Chromium), without seeding (the suite
// generates its own rows): npx tsx dev/dashboard-tools/profile-chromium.ts <out.cpuprofile>
import { writeFileSync } from 'node:fs';
import { launchWithExtension } from '../../tests/e2e/launch';

const out = process.argv[2] ?? '/tmp/dashboard.cpuprofile';
const session = await launchWithExtension('chromium', { protocolTimeout: 30 * 60_000 });
try {
  const page = await session.openPage('bench.html');
  page.on('console', (m) => m.text().startsWith('[bench]') && console.log(m.text()));
  await page.waitForFunction(() => window.roundsBench !== undefined);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const rows = await page.evaluate(() => window.roundsBench?.run('dashboard') ?? []);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  for (const r of rows)
    console.log(`${r.name}: ${r.value} ${r.unit}${r.budget ? ` (${r.budget} ${r.pass ? 'pass' : 'FAIL'})` : ''}`);
} finally {
  await session.close();
}
