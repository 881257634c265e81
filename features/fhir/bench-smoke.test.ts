import { describe, expect, it } from 'vitest';
import type { BenchContext } from '../../dev/bench/suite';
import { runFhirBench } from '../../dev/bench/suites/fhir';

describe('dev/bench/suites/fhir.ts', () => {
  it('runs end to end on a small data set and cleans up its scratch databases', async () => {
    const before = await indexedDB.databases();
    const rows = await runFhirBench({ log: () => {} } as unknown as BenchContext, { records: 2_000 });
    expect(rows.map((r) => r.name)).toContain('FHIR Bundle export of 2000 records');
    expect(rows.every((r) => Number.isFinite(r.value))).toBe(true);
    expect((await indexedDB.databases()).length).toBe(before.length);
  });
});
