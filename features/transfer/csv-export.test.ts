import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { repositories } from '../../storage/repositories';
import { useScratchDatabases } from '../../tests/transfer-db';
import { exportCsv, exportCsvZip } from './csv-export';
import { csvText } from './csv-format';

const freshDb = useScratchDatabases();
const now = new Date(2025, 4, 6, 9);

async function seed() {
  const db = await freshDb();
  const repo = repositories(db, () => new Date('2025-05-01T08:00:00Z'));
  const practice = await repo.practices.create({ name: 'Heart, "Lung" & Co' });
  const p = await repo.physicians.create({
    first: 'Émile',
    last: '=HYPERLINK("http://x")',
    credentials: ['MD', 'PhD'],
    npi: '1234567893',
    practiceId: practice.id,
    tags: ['+vip', 'ortho'],
  });
  const gone = await repo.physicians.create({ last: 'Deleted' });
  await repo.physicians.softDelete(gone.id);
  await repo.outreach.create({
    physicianIds: [p.id],
    type: 'visit',
    at: '2025-05-02T15:30:00.000Z',
    durationMinutes: 30,
    sensitive: { notes: '-1 slot\r\nnext line', outcome: '@team', concernText: '\tx', followUpText: '' },
  });
  return { db, p };
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('CSV export', () => {
  it('writes UTF-8 with a BOM, CRLF line ends, one header row and quoted cells', async () => {
    const { db, p } = await seed();
    const { blob, fileName } = await exportCsv(db, 'physicians', { now });
    expect(fileName).toBe('rounds-physicians-2025-05-06.csv');
    const bytes = await bytesOf(blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(3); // header, one live physician, the final empty string after CRLF
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toMatch(/^ID,NPI,Prefix,First Name,Middle Name,Last Name,Suffix,Credentials,/);
    expect(lines[1]).toContain(`${p.id},1234567893,,Émile,,"'=HYPERLINK(""http://x"")",,MD|PhD,`);
    expect(lines[1]).toContain(`"Heart, ""Lung"" & Co"`);
    expect(lines[1]).toContain(`'+vip|ortho`);
    expect(lines[1]).toContain('2025-05-01T08:00:00.000Z');
  });

  it('neutralises formula starts, including on multi-line cells, and keeps numbers as numbers', async () => {
    const { db } = await seed();
    const text = (await (await exportCsv(db, 'outreach', { now })).blob.text()).replace(/^\uFEFF/, '');
    const [header, row] = Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data as [string[], string[]];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Notes')).toBe("'-1 slot\r\nnext line");
    expect(cell('Outcome')).toBe("'@team");
    expect(cell('Duration (minutes)')).toBe('30');
    expect(cell('Physicians')).toBe('\'=HYPERLINK("http://x"), Émile');
    expect(csvText([{ n: -5 }], [{ header: 'n', value: (r) => r.n }], true)).toBe('n\r\n-5');
    const cells = (s: string) => csvText([{ s }], [{ header: 's', value: (r) => r.s }], false);
    expect(cells('\tx')).toBe('"\'\tx"');
    expect(cells('\r=1')).toBe('"\'\r=1"');
    expect(cells('a=1')).toBe('a=1');
  });

  it('leaves soft-deleted rows out unless asked', async () => {
    const { db } = await seed();
    const count = async (includeDeleted: boolean) =>
      (await (await exportCsv(db, 'physicians', { includeDeleted })).blob.text()).trim().split('\r\n').length - 1;
    expect(await count(false)).toBe(1);
    expect(await count(true)).toBe(2);
  });

  it('zips all four files', async () => {
    const { db } = await seed();
    const { blob, fileName } = await exportCsvZip(db, { now });
    expect(fileName).toBe('rounds-csv-2025-05-06.zip');
    const files = unzipSync(await bytesOf(blob));
    expect(Object.keys(files).sort()).toEqual(['notes.csv', 'outreach.csv', 'physicians.csv', 'referrals.csv']);
    const single = await bytesOf((await exportCsv(db, 'physicians', { now })).blob);
    expect(files['physicians.csv']).toEqual(single);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['notes.csv'])).toMatch(/^\uFEFFID,Physicians,/);
  });
});
