import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { csvTables, exportCsv } from '../../features/transfer';
import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { xssPayloads } from './import-fuzz';

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^-?\d+(\.\d+)?$/;

describe(`CSV export of ${xssPayloads.length} hostile payloads in every text field`, () => {
  const db = new RoundsDatabase(`csv-xss-${crypto.randomUUID()}`);
  afterAll(() => db.delete());

  it('never leaves a cell a spreadsheet would run as a formula, and keeps the text', async () => {
    const repos = repositories(db);
    for (const payload of xssPayloads) {
      const short = payload.slice(0, 100);
      const practice = await repos.practices.create({ name: short });
      const p = await repos.physicians.create({
        first: short,
        last: short || 'x',
        specialty: short,
        practiceId: practice.id,
        tags: short.trim() ? [short.slice(0, 60)] : [],
      });
      await repos.outreach.create({
        physicianIds: [p.id],
        type: 'visit',
        at: '2025-05-02T15:30:00.000Z',
        sensitive: { notes: payload, outcome: short, concernText: short, followUpText: short },
      });
      await repos.notes.create({ physicianIds: [p.id], sensitive: { body: payload.trim() || 'x' } });
    }
    let cells = 0;
    const dangerous: string[] = [];
    for (const table of csvTables) {
      const text = (await (await exportCsv(db, table)).blob.text()).replace(/^\uFEFF/, '');
      const rows = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true }).data;
      for (const row of rows.slice(1)) {
        for (const cell of row) {
          cells++;
          if (formulaStart.test(cell) && !plainNumber.test(cell)) dangerous.push(`${table}: ${JSON.stringify(cell)}`);
        }
      }
      if (table === 'notes') {
        const joined = rows.flat().join('\n');
        for (const payload of xssPayloads.filter((x) => !formulaStart.test(x.trim()) && x.trim())) {
          expect(joined, 'payload text kept').toContain(payload.trim());
        }
      }
    }
    expect(dangerous).toEqual([]);
    expect(cells).toBeGreaterThan(1_000);
  });
});
