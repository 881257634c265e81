import { describe, expect, it } from 'vitest';
import { runDetectBench } from '../../dev/bench/suites/detect';

// A Node sanity run of the browser bench suite (text rows only: the DOM rows need the bench page):
// prints numbers and asserts no timings (budgets belong to `npm run bench` in Chromium). Slow, so only with ROUNDS_BENCH=1.
describe.skipIf(!process.env.ROUNDS_BENCH)('detect bench (sanity run)', () => {
  it('measures detection against a regex-per-name scan', async () => {
    const rows = await runDetectBench({ log: (m) => console.info(m) });
    console.table(rows.map((r) => ({ name: r.name, value: r.value.toFixed(2), unit: r.unit })));
    expect(rows.find((r) => r.name.startsWith('mentions'))?.value).toBeGreaterThan(1000);
  }, 300_000);
});
