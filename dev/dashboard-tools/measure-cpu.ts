// CPU time of the dashboard in Node at bench scale, best of N per step: npx tsx dev/dashboard-tools/measure-cpu.ts [runs]
import os from 'node:os';
import { concernsCsvRows, physicianConcerns } from '../../features/dashboard/concerns';
import { coverageByTag } from '../../features/dashboard/coverage';
import {
  computeDashboard,
  computeDetails,
  computeFirstView,
  defaultDashboardParams,
} from '../../features/dashboard/dashboard';
import { decliningReferrers } from '../../features/dashboard/declining-referrers';
import { applyDashboardFilters, type DashboardFilters } from '../../features/dashboard/filters';
import {
  completeDashboardData,
  type DashboardData,
  prepareDashboardCore,
  prepareDashboardData,
} from '../../features/dashboard/prepare';
import { referralFunnel } from '../../features/dashboard/referral-funnel';
import { referralVolumeByMonth } from '../../features/dashboard/referral-volume';
import { newReferrers, topReferrers } from '../../features/dashboard/referrers';
import { benchScale, generateDashboardRows, serviceLines, territories } from '../generators/generate-dashboard-data';

const runs = Number(process.argv[2] ?? 7);
const rows = generateDashboardRows(benchScale);
const params = defaultDashboardParams(benchScale.nowMs, 'America/Chicago');
const filterChanges: DashboardFilters[] = [
  { tags: [territories[0] as string] },
  { serviceLines: [serviceLines[0] as string] },
  { fromDay: '2025-10-01', toDay: '2025-12-31' },
  { networkStatuses: ['independent', 'out-of-network'] },
  { tags: [territories[1] as string], serviceLines: [serviceLines[1] as string], fromDay: '2025-04-01' },
  {},
];

// Thread CPU time, not wall time: on a shared, loaded machine wall time mostly measures the other processes.
const cpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

/** Best and p50 of `runs` runs; `fn` may return the part of its time to count (else all of it). */
function best(name: string, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    const counted = fn();
    times.push(typeof counted === 'number' ? counted : cpuMs() - t);
  }
  times.sort((a, b) => a - b);
  const b = times[0] as number;
  const p50 = times[Math.ceil(times.length / 2) - 1] as number;
  console.log(`${name.padEnd(34)} CPU best ${b.toFixed(1).padStart(7)} ms   p50 ${p50.toFixed(1).padStart(7)} ms`);
  return b;
}

let data: DashboardData = prepareDashboardData(rows);
// What a first view costs: prepare, then the first compute on fresh data (per-data caches cold).
best('first view data (prepare + compute)', () => {
  computeDashboard(prepareDashboardData(rows), {}, params);
});
// The page's order: core, volume (first view), then the deferred preparing and the other sections.
best('first view: core + volume', () => {
  computeFirstView(prepareDashboardCore(rows), {}, params);
});
best('deferred: complete + details', () => {
  const core = prepareDashboardCore(rows);
  const t = cpuMs();
  computeDetails(completeDashboardData(core, rows), {}, params);
  return cpuMs() - t;
});
best('  core', () => prepareDashboardCore(rows));
const core = prepareDashboardCore(rows);
best('  complete', () => completeDashboardData(core, rows));
const prep = best('prepare', () => {
  data = prepareDashboardData(rows);
});
const comp = best('compute, no filter', () => computeDashboard(data, {}, params));
const view = applyDashboardFilters(data, {}, params.timeZone);
best('  filters', () => applyDashboardFilters(data, {}, params.timeZone));
best('  volume', () => referralVolumeByMonth(view));
best('  top referrers', () => topReferrers(view, 20));
best('  new referrers', () => newReferrers(view, params.nowMs, 90));
best('  declining', () => decliningReferrers(view, params.nowMs, params.decline));
best('  coverage', () => coverageByTag(view, params.nowMs, 60));
best('  funnel', () => referralFunnel(view));
best('  concerns', () => concernsCsvRows(physicianConcerns(view, params.nowMs)));
let k = 0;
const change = best('filter change (rotating)', () => {
  computeDashboard(data, filterChanges[k++ % filterChanges.length] ?? {}, params);
});
k = 0;
best('filter change volume only', () => {
  computeFirstView(data, filterChanges[k++ % filterChanges.length] ?? {}, params);
});
for (const f of filterChanges) best(`  ${JSON.stringify(f).slice(0, 32)}`, () => computeDashboard(data, f, params));
console.log(`prepare + compute best ${(prep + comp).toFixed(1)} ms; filter change best ${change.toFixed(1)} ms`);
console.log(
  `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
