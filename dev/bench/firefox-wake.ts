import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { findBrowser } from '../../tests/e2e/browsers';
import { sendFromPage } from '../../tests/e2e/extension-messages';
import { launchWithExtension } from '../../tests/e2e/launch';
import { median, percentile } from './suite';

/**
 * Issue #18: Firefox MV2 (persistent background page) against MV3 (event page, suspended when idle), same run.
 * An extension page sends `app.status` (opens the database, counts records) after the background sat idle past
 * Firefox's idle timeout (set to 1 s here instead of 30 s so the run is short), and again at once (warm). Needs both
 * builds: `npx wxt build -b firefox --mode e2e && npx wxt build -b firefox --mv3 --mode e2e`.
 * Run: `npx tsx dev/bench/firefox-wake.ts`.
 */
const runs = 12;
const idleMs = 4_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(build: string): Promise<{ cold: number[]; warm: number[] }> {
  const session = await launchWithExtension('firefox', {
    build: path.resolve(build),
    firefoxPrefs: { 'extensions.background.idle.timeout': 1_000 },
  });
  try {
    const page = await session.openPage('options.html');
    const timed = async () => {
      const t0 = performance.now();
      const reply = await sendFromPage(page, 'app.status', {});
      if (!reply.ok) throw new Error(`app.status: ${reply.error}`);
      return performance.now() - t0;
    };
    await timed();
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      await sleep(idleMs);
      cold.push(await timed());
      warm.push(await timed());
    }
    return { cold, warm };
  } finally {
    await session.close();
  }
}

const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(
  `load before: ${load()}; ${execSync(`"${findBrowser('firefox')}" --version`)
    .toString()
    .trim()}`,
);
const mv2 = await measure('.output/firefox-mv2-e2e');
const mv3 = await measure('.output/firefox-mv3-e2e');
console.log(`MV2 after ${idleMs / 1000} s idle: ${fmt(mv2.cold)}; warm: ${fmt(mv2.warm)}`);
console.log(`MV3 after ${idleMs / 1000} s idle: ${fmt(mv3.cold)}; warm: ${fmt(mv3.warm)}`);
console.log(`MV3/MV2 cold ratio: ${(median(mv3.cold) / median(mv2.cold)).toFixed(2)}; load after: ${load()}`);
