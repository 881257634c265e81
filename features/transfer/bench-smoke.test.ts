import { describe, expect, it } from 'vitest';
import type { BenchContext } from '../../dev/bench/suite';
import { runTransferBench } from '../../dev/bench/suites/transfer';

describe('dev/bench/suites/transfer.ts', () => {
  it('runs end to end on a small data set and cleans up its scratch databases', async () => {
    const before = await indexedDB.databases();
    const ctx = { log: () => {} } as unknown as BenchContext;
    const rows = await runTransferBench(ctx, { records: 2_000, dexieExportImport: false });
    expect(rows.map((r) => r.name)).toContain('import write throughput vs raw put');
    expect(rows.every((r) => Number.isFinite(r.value))).toBe(true);
    expect((await indexedDB.databases()).length).toBe(before.length);
  });
});
