import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchWithExtension } from '../../tests/e2e/launch';
import { measureBackup } from './backup-scale';
import { measurePageCosts } from './page-costs';

import { measurePageFlood } from './page-flood';
import { planOpenRows } from './plan-open';

import { popupOpenRows, popupOpenTimes } from './popup-open';
import type { BenchRow } from './suite';
import { measureWorkerRestart } from './worker-restart';

/** npm run bench: seeds at real scale inside a real Chromium extension page and runs every suite. */
const only = process.argv.slice(2);
const session = await launchWithExtension('chromium', {
  protocolTimeout: 30 * 60_000,
  // Heap sizes to the byte (not bucketed) and a gc() for the transfer suite's memory rows.
  chromiumArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const rows: BenchRow[] = [];
try {
  const page = await session.openPage('bench.html');
  page.on('console', (m) => m.text().startsWith('[bench]') && console.log(m.text()));
  await page.waitForFunction(() => window.roundsBench !== undefined);
  // Popup open on the empty database first (the baseline), again after seeding.
  const emptyPopupOpen = !only.length || only.includes('popup') ? await popupOpenTimes(session) : [];
  const started = Date.now();
  rows.push(...(await page.evaluate(() => window.roundsBench?.seed() ?? [])));
  console.log(`seeding took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const names = await page.evaluate(() => window.roundsBench?.suites ?? []);
  for (const name of names) {
    if (only.length && !only.includes(name)) continue;
    console.log(`running ${name}…`);
    rows.push(...(await page.evaluate((n) => window.roundsBench?.run(n) ?? [], name)));
  }
  // After the plan suite gave physicians office days and today a plan: the day page as a liaison opens it.
  if (!only.length || only.includes('plan')) rows.push(...(await planOpenRows(session)));
  if (emptyPopupOpen.length) rows.push(...popupOpenRows(await popupOpenTimes(session), emptyPopupOpen));
  if (!only.length || only.includes('injection')) rows.push(...(await measurePageCosts(session, console.log)));
  if (!only.length || only.includes('restart')) rows.push(...(await measureWorkerRestart(session, console.log)));
  if (!only.length || only.includes('flood')) rows.push(...(await measurePageFlood(session, console.log)));
  if (!only.length || only.includes('backup')) rows.push(...(await measureBackup(session, console.log)));
} finally {
  await session.close();
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));
console.log(`\n| suite | measurement | value | baseline | ratio | budget |\n|---|---|---|---|---|---|`);
for (const r of rows) {
  const ratio = r.baseline ? `${(r.value / r.baseline.value).toFixed(2)}×` : '';
  const base = r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '';
  const budget = r.budget ? `${r.budget} ${r.pass ? '✓' : '✗'}` : '';
  console.log(`| ${r.suite} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${base} | ${ratio} | ${budget} |`);
}
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`;
mkdirSync('.output/bench', { recursive: true });
writeFileSync(
  '.output/bench/results.json',
  JSON.stringify({ date: new Date().toISOString(), machine, node: process.version, rows }, null, 2),
);
console.log(`\nmachine: ${machine}\nresults: .output/bench/results.json (record them in docs/PERFORMANCE.md)`);
