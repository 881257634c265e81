import { describe, expect, it } from 'vitest';
import { generateData, seedTables } from '../../dev/generators/generate-transfer-data';
import { exportText, useScratchDatabases } from '../../tests/transfer-db';
import { analyzeImport } from './import-analyze';
import type { ImportError } from './import-error';

const freshDb = useScratchDatabases();
const rows = 150_001;

describe('a large file', () => {
  it(`a bad record at position 150,000 of ${rows} leaves the db unchanged and is named`, async () => {
    const db = await freshDb();
    const existing = generateData(21, { physicians: 3, outreach: 3 });
    await seedTables(db, existing);
    const [template] = generateData(22, { physicians: 1, outreach: 1 }).outreach;
    const json = JSON.stringify(template);
    const idOf = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    // Built as text: the same row with a new id each time, and one bad date near the end.
    const parts: string[] = [];
    for (let i = 0; i < rows; i++) {
      const row = json.replace(/"id":"[^"]+"/, `"id":"${idOf(i)}"`);
      parts.push(i === 150_000 ? row.replace(/"at":"[^"]+"/, '"at":"next Tuesday"') : row);
    }
    const text = exportText({}).replace('"data":{}', `"data":{"outreach":[${parts.join(',')}]}`);
    const error = (await analyzeImport(db, text).catch((e) => e)) as ImportError;
    expect(error.problem).toBe('invalid-records');
    expect(error.issues).toEqual(['outreach[150000].at: not a date and time']);
    expect(error.message).toMatch(/^This file has 1 problem; nothing was imported\. outreach\[150000\]\.at/);
    expect(await db.outreach.count()).toBe(3);
    expect(await db.outreach.toArray()).toEqual([...existing.outreach].sort((a, b) => (a.id < b.id ? -1 : 1)));
  }, 60_000);
});
