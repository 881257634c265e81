import { afterEach, describe, expect, it } from 'vitest';
import { generateData, seedTables } from '../../dev/generators/generate-transfer-data';
import { RoundsDatabase } from '../../storage/database';
import { exportJson } from './export-json';
import { analyzeImport } from './import-analyze';
import { commitImport } from './import-commit';
import { transferTableNames } from './tables';

const opened: RoundsDatabase[] = [];
const freshDb = async () => {
  const db = new RoundsDatabase(`rt-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const fixedNow = new Date('2025-03-04T10:00:00Z');
const dataOf = async (blob: Blob) => (JSON.parse(await blob.text()) as { data: unknown }).data;

describe('JSON round trip', () => {
  for (const seed of [1, 7, 42, 2025]) {
    it(`export → import into an empty db → export gives identical data (seed ${seed})`, async () => {
      const source = await freshDb();
      const data = generateData(seed, {
        physicians: 40,
        practices: 8,
        notes: 60,
        referrals: 30,
        outreach: 80,
        followUps: 20,
        portals: 3,
        settings: 1,
      });
      await seedTables(source, data);
      const first = await exportJson(source, { now: fixedNow });
      const target = await freshDb();
      const analysis = await analyzeImport(target, first.blob);
      expect(analysis.conflicts).toEqual([]);
      expect(analysis.merges).toEqual([]);
      await commitImport(
        target,
        analysis,
        undefined,
        analysis.settingChanges.map((c) => c.field),
      );
      const second = await exportJson(target, { now: fixedNow });
      expect(await second.blob.text()).toBe(await first.blob.text());
      for (const t of transferTableNames) expect(second.counts[t]).toBe(data[t].length);
      // Importing the same file again changes nothing.
      const again = await analyzeImport(target, first.blob);
      expect(again.totalWrites).toBe(0);
      expect(again.settingChanges).toEqual([]);
      expect(await dataOf(second.blob)).toEqual(await dataOf((await exportJson(target, { now: fixedNow })).blob));
    });
  }
});
