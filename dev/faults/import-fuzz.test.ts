import { afterAll, describe, expect, it } from 'vitest';
import { RoundsDatabase } from '../../storage/database';
import { runImportFuzz } from './import-fuzz-run';

/** Quick slice of the import fuzz for `npm test`; tests/long/import-fuzz.long.ts runs 10,000 files. */
describe('import fuzzing (1,000 malformed or hostile files)', () => {
  const db = new RoundsDatabase(`fuzz-${crypto.randomUUID()}`);
  afterAll(() => db.delete());

  it('never crashes, never writes part of a file, and names the place of every problem', async () => {
    const report = await runImportFuzz(db, 1, 0, 1_000);
    expect(report.crashes).toEqual([]);
    expect(report.unplaced).toEqual([]);
    expect(report.partialWrites).toEqual([]);
    expect(report.invalidRows).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.refused).toBeGreaterThan(700);
    expect(report.abortedCommits).toBeGreaterThan(0);
    console.info('import fuzz', JSON.stringify({ ...report, crashes: undefined }));
  }, 60_000);
});
