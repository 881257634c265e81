import { afterAll, describe, expect, it } from 'vitest';
import { runImportFuzz } from '../../dev/faults/import-fuzz-run';
import { RoundsDatabase } from '../../storage/database';

const total = 10_000;
const batch = 1_000;

describe(`import fuzzing (${total.toLocaleString('en')} malformed or hostile files)`, () => {
  const databases: RoundsDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.delete();
  });

  for (let first = 0; first < total; first += batch) {
    it(`files ${first}–${first + batch - 1}: no crash, no partial write, every problem placed`, async () => {
      // A fresh database per batch keeps fingerprints cheap; seed 7 differs from the unit test's seed.
      const db = new RoundsDatabase(`fuzz-long-${crypto.randomUUID()}`);
      databases.push(db);
      const report = await runImportFuzz(db, 7, first, batch);
      expect(report.crashes).toEqual([]);
      expect(report.unplaced).toEqual([]);
      expect(report.partialWrites).toEqual([]);
      expect(report.invalidRows).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      console.info(`fuzz ${first}`, JSON.stringify({ ...report, crashes: undefined, unplaced: undefined }));
      db.close();
    });
  }
});
