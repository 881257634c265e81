import { describe, expect, it } from 'vitest';
import { computeDashboard, dashboardCsvTables, defaultDashboardParams } from '../../features/dashboard/dashboard';
import { prepareDashboardData } from '../../features/dashboard/prepare';
import { outreach, physician, practice, referral } from '../../storage/schemas';
import { benchScale, generateDashboardRows } from './generate-dashboard-data';

const small = { ...benchScale, physicians: 300, practices: 40, referrals: 600, outreach: 1200 };

describe('generateDashboardRows', () => {
  it('is deterministic and writes rows the storage schemas accept', () => {
    const rows = generateDashboardRows(small);
    expect(generateDashboardRows(small)).toEqual(rows);
    for (const p of rows.physicians) physician.parse(p);
    for (const p of rows.practices) practice.parse(p);
    for (const r of rows.referrals) referral.parse(r);
    for (const o of rows.outreach) outreach.parse(o);
  });
});

describe('dashboard at bench scale', () => {
  it('computes every aggregate consistently for 50k physicians, 100k referrals, 200k outreach', () => {
    const rows = generateDashboardRows(benchScale);
    const params = defaultDashboardParams(benchScale.nowMs, 'America/Chicago');
    let t = performance.now();
    const data = prepareDashboardData(rows);
    const first = computeDashboard(data, {}, params);
    const firstMs = performance.now() - t;
    t = performance.now();
    const filtered = computeDashboard(
      data,
      { tags: ['North'], serviceLines: ['Cardiology'], fromDay: '2025-06-01' },
      params,
    );
    const filterMs = performance.now() - t;
    console.info(`dashboard: first ${firstMs.toFixed(0)} ms, filter change ${filterMs.toFixed(0)} ms (Node)`);

    expect(first.volume.totals.reduce((a, b) => a + b, 0)).toBe(benchScale.referrals);
    expect(first.funnel[0]?.referrals).toBe(benchScale.referrals);
    expect(first.volume.byPhysician.reduce((a, r) => a + r.total, 0)).toBe(benchScale.referrals);
    expect(filtered.volume.totals.reduce((a, b) => a + b, 0)).toBeLessThan(benchScale.referrals / 8);
    expect(Object.keys(dashboardCsvTables(first))).toHaveLength(9);
    // Generating 350,000 rows takes seconds; the shared 2-core machine can be slower still. Not a timing assertion.
  }, 60_000);
});
