// Writes (or checks) every dashboard table at bench scale for a set of filters and zones, so a rewrite of the
// analytics can be checked number for number: npx tsx dev/dashboard-tools/golden.ts write|check <file>
import { readFileSync, writeFileSync } from 'node:fs';
import { computeDashboard, dashboardCsvTables, defaultDashboardParams } from '../../features/dashboard/dashboard';
import type { DashboardFilters } from '../../features/dashboard/filters';
import { prepareDashboardData } from '../../features/dashboard/prepare';
import { benchScale, generateDashboardRows, serviceLines, territories } from '../generators/generate-dashboard-data';

const [mode, file] = process.argv.slice(2);
const rows = generateDashboardRows({ ...benchScale, physicians: 20_000, referrals: 40_000, outreach: 80_000 });
const filters: DashboardFilters[] = [
  {},
  { tags: [territories[0] as string] },
  { serviceLines: [serviceLines[0] as string] },
  { fromDay: '2025-10-01', toDay: '2025-12-31' },
  { networkStatuses: ['independent', 'out-of-network'] },
  { tags: [territories[1] as string], serviceLines: [serviceLines[1] as string], fromDay: '2025-04-01' },
  { toDay: '2025-03-09' },
];
const out: Record<string, unknown> = {};
for (const zone of ['America/Chicago', 'UTC', 'Asia/Kolkata']) {
  const data = prepareDashboardData(rows);
  const params = defaultDashboardParams(benchScale.nowMs, zone);
  for (const f of filters) out[`${zone} ${JSON.stringify(f)}`] = dashboardCsvTables(computeDashboard(data, f, params));
}
const text = JSON.stringify(out);
if (mode === 'write') writeFileSync(file as string, text);
else {
  const before = JSON.parse(readFileSync(file as string, 'utf8')) as Record<string, unknown>;
  let same = true;
  for (const [k, v] of Object.entries(out)) {
    for (const [t, rowsOf] of Object.entries(v as Record<string, unknown>)) {
      const a = JSON.stringify((before[k] as Record<string, unknown>)[t]);
      if (a !== JSON.stringify(rowsOf)) {
        same = false;
        console.log(`DIFF ${k} ${t}`);
      }
    }
  }
  console.log(same ? 'identical' : 'DIFFERENT');
}
