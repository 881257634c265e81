import { describe, expect, it } from 'vitest';
import { runSearchBench } from '../../../dev/bench/suites/search';

// A Node sanity run of the browser bench suite: prints numbers, asserts no timings (budgets belong to
// `npm run bench` in Chromium). Slow (Fuse.js over 50,000 rows), so only with ROUNDS_BENCH=1.
describe.skipIf(!process.env.ROUNDS_BENCH)('search bench (Node sanity run)', () => {
  it('runs every engine on the same queries', async () => {
    const rows = await runSearchBench({ log: (m) => console.info(m) });
    console.table(
      rows.map((r) => ({ name: r.name, ours: r.value.toFixed(3), [r.unit]: r.baseline?.value.toFixed(3) })),
    );
    expect(rows.length).toBeGreaterThan(0);
  }, 300_000);
});
