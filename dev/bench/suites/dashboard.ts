import { mountDashboardReport } from '../../../entrypoints/dashboard/render-report';
import { computeDashboard, defaultDashboardParams } from '../../../features/dashboard/dashboard';
import type { DashboardFilters } from '../../../features/dashboard/filters';
import {
  completeDashboardData,
  type DashboardData,
  prepareDashboardCore,
  prepareDashboardData,
} from '../../../features/dashboard/prepare';
import { benchScale, generateDashboardRows, serviceLines, territories } from '../../generators/generate-dashboard-data';
import { type BenchRow, type BenchSuite, percentile } from '../suite';

const firstRenderRuns = 7;
const filterChangeRuns = 21;
const firstViewBudgetMs = 300;
const filterChangeBudgetMs = 100;

// The filter changes a liaison makes: a territory, a service line, a quarter, a network status, and back to all.
const filterChanges: DashboardFilters[] = [
  { tags: [territories[0] as string] },
  { serviceLines: [serviceLines[0] as string] },
  { fromDay: '2025-10-01', toDay: '2025-12-31' },
  { networkStatuses: ['independent', 'out-of-network'] },
  { tags: [territories[1] as string], serviceLines: [serviceLines[1] as string], fromDay: '2025-04-01' },
  {},
];

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The dashboard page's path over 50,000 physicians, 100,000 referrals and 200,000 outreach rows generated in memory,
 * from the rows read (the budget's "after data load"): prepare the core, compute and render the first view (filters,
 * volume summary, chart, month table; layout forced), then the deferred part and every other section.
 */
export const dashboardSuite: BenchSuite = {
  name: 'dashboard',
  async run(ctx) {
    // The page's heap before the suite: after seeding in the same page it is large, and GC then costs every step more.
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const heap = memory ? `${Math.round(memory.usedJSHeapSize / 2 ** 20)} MiB JS heap in use` : 'heap size unknown';
    ctx.log(`dashboard: ${heap}; generating 50,000 physicians, 100,000 referrals, 200,000 outreach`);
    const rows = generateDashboardRows(benchScale);
    const params = defaultDashboardParams(benchScale.nowMs, 'America/Chicago');

    const t = { core: [] as number[], first: [] as number[], complete: [] as number[], details: [] as number[] };
    const detailsCompute: number[] = [];
    const detailsRender: number[] = [];
    const ready: number[] = [];
    let data: DashboardData | undefined;
    for (let i = 0; i < firstRenderRuns; i++) {
      const started = performance.now();
      const core = prepareDashboardCore(rows);
      const cored = performance.now();
      const report = mountDashboardReport(core, params);
      report.show(null, {});
      const shown = performance.now();
      await breathe();
      const deferred = performance.now();
      data = completeDashboardData(core, rows);
      const completed = performance.now();
      report.show(data, {});
      const [computeMs, renderMs] = await report.details();
      detailsCompute.push(computeMs);
      detailsRender.push(renderMs);
      const done = performance.now();
      t.core.push(cored - started);
      t.first.push(shown - started);
      t.complete.push(completed - deferred);
      t.details.push(done - completed);
      ready.push(done - started);
      report.unmount();
      await breathe();
    }
    if (!data) throw new Error('no dashboard data');

    // The same work as one block, as before the page was staged (for comparison with Node).
    const prepare: number[] = [];
    const compute: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const all = prepareDashboardData(rows);
      const prepared = performance.now();
      computeDashboard(all, {}, params);
      prepare.push(prepared - started);
      compute.push(performance.now() - prepared);
      await breathe();
    }

    // Filter change on the mounted report: first view updated (compute + re-render), then every section.
    const report = mountDashboardReport(data, params);
    report.show(data, {});
    await report.details();
    const changeFirst: number[] = [];
    const changeAll: number[] = [];
    const changeCompute: number[] = [];
    const changeRender: number[] = [];
    for (let i = 0; i < filterChangeRuns; i++) {
      const started = performance.now();
      report.show(data, filterChanges[i % filterChanges.length] ?? {});
      changeFirst.push(performance.now() - started);
      const [computeMs, renderMs] = await report.details();
      changeCompute.push(computeMs);
      changeRender.push(renderMs);
      changeAll.push(performance.now() - started);
      await breathe();
    }
    report.unmount();

    const row = (name: string, values: number[], p: number, budgetMs?: number): BenchRow => {
      const value = Math.round(percentile(values, p) * 10) / 10;
      const budget = budgetMs === undefined ? {} : { budget: `<= ${budgetMs} ms`, pass: value <= budgetMs };
      return { suite: 'dashboard', name, value, unit: 'ms', ...budget };
    };
    return [
      row('prepare core p50', t.core, 50),
      row('first view (prepare core + compute + render) p50', t.first, 50, firstViewBudgetMs),
      row('first view p95', t.first, 95),
      row('deferred prepare (histories, outreach) p50', t.complete, 50),
      row('other sections compute + render p50', t.details, 50),
      row('  of which other sections compute p50', detailsCompute, 50),
      row('  of which other sections render p50', detailsRender, 50),
      row('whole report ready after rows p50', ready, 50),
      row('prepare all, one block p50', prepare, 50),
      row('compute all, no filter p50', compute, 50),
      row('filter change, first view updated p50', changeFirst, 50, filterChangeBudgetMs),
      row('filter change, first view p95', changeFirst, 95),
      row('filter change, every section updated p50', changeAll, 50, filterChangeBudgetMs),
      row('filter change, every section p95', changeAll, 95),
      row('  of which other sections compute p50', changeCompute, 50),
      row('  of which other sections render p50', changeRender, 50),
    ];
  },
};
