import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { npiCheckDigit } from '../../storage/npi';
import { repositories } from '../../storage/repositories';
import { useScratchDatabases } from '../../tests/transfer-db';
import { detectColumns } from './roster-columns';
import { commitRoster } from './roster-commit';
import { parseRoster } from './roster-parse';
import { previewRoster } from './roster-preview';

const freshDb = useScratchDatabases();
const sample = readFileSync(fileURLToPath(new URL('../../tests/fixtures/transfer/nppes_sample.csv', import.meta.url)));
const problemLines = (p: Awaited<ReturnType<typeof previewRoster>>) =>
  p.rows.filter((r) => r.problems.length).map((r) => r.line);

describe('roster columns', () => {
  it('detects NPPES dissemination-file headers', () => {
    const headers = [
      'NPI',
      'Entity Type Code',
      'Provider Last Name (Legal Name)',
      'Provider First Name',
      'Provider Middle Name',
      'Provider Name Prefix Text',
      'Provider Name Suffix Text',
      'Provider Credential Text',
      'Provider First Line Business Mailing Address',
      'Provider First Line Business Practice Location Address',
      'Provider Second Line Business Practice Location Address',
      'Provider Business Practice Location Address City Name',
      'Provider Business Practice Location Address State Name',
      'Provider Business Practice Location Address Postal Code',
      'Provider Business Practice Location Address Telephone Number',
      'Provider Business Practice Location Address Fax Number',
      'Healthcare Provider Taxonomy Code_1',
    ];
    expect(detectColumns(headers)).toEqual({
      npi: 0,
      entityType: 1,
      last: 2,
      first: 3,
      middle: 4,
      prefix: 5,
      suffix: 6,
      credentials: 7,
      address: 9,
      address2: 10,
      city: 11,
      state: 12,
      postalCode: 13,
      phone: 14,
      fax: 15,
      taxonomyCode: 16,
    });
  });

  it('detects common CRM export headers', () => {
    const headers = [
      'First Name',
      'Last Name',
      'Credentials',
      'NPI',
      'Specialty',
      'Account Name',
      'Phone',
      'Fax',
      'Email',
    ];
    expect(detectColumns(headers)).toEqual({
      first: 0,
      last: 1,
      credentials: 2,
      npi: 3,
      specialty: 4,
      practiceName: 5,
      phone: 6,
      fax: 7,
      email: 8,
    });
  });
});

describe('roster import from the NPPES sample', () => {
  it('reads names, credentials, NPIs and taxonomies; organisations are flagged', async () => {
    const db = await freshDb();
    const preview = await previewRoster(db, await parseRoster(new Blob([sample]), 'nppes_sample.csv'));
    expect(preview.counts).toEqual({ new: 386, duplicates: 0, problems: 114 });
    const row = (line: number) => preview.rows[line - 2];
    expect(row(2)?.physician).toMatchObject({
      first: 'David',
      middle: 'A',
      last: 'Wiebe',
      credentials: ['MD'],
      npi: '1679576722',
      taxonomyCode: '207X00000X',
      specialty: 'Orthopaedic Surgery',
      phone: '308-865-2512',
      practiceName: '3500 Central Ave, Kearney',
    });
    expect(row(2)?.practice?.location).toMatchObject({ state: 'NE', postalCode: '68847-2944' });
    expect(row(3)?.physician).toMatchObject({ prefix: 'Dr.', last: 'Pilcher', credentials: ['MD'] });
    expect(row(3)?.practice?.location?.address).toBe('1824 King Street, Suite 300');
    expect(row(5)?.physician).toMatchObject({ first: 'Harold', suffix: 'II', credentials: ['MD'] });
    expect(row(8)?.practice?.name).toBe('2940 N McCord Rd, Toledo');
    expect(row(11)?.physician?.credentials).toEqual(['MD']);
    expect(row(4)?.problems).toEqual(['an organisation, not a physician']);
  });

  it('commits all or nothing, skipping rows with problems, and finds duplicates on a second run', async () => {
    const db = await freshDb();
    const table = await parseRoster(new Blob([sample]), 'nppes_sample.csv');
    const preview = await previewRoster(db, table);
    await expect(commitRoster(db, preview)).rejects.toThrow(/^line 4: an organisation, not a physician/);
    expect(await db.physicians.count()).toBe(0);
    const result = await commitRoster(db, preview, { skipLines: problemLines(preview) });
    expect(result.physicians).toBe(386);
    expect(await db.physicians.count()).toBe(386);
    const wiebe = await db.physicians.where('npi').equals('1679576722').first();
    expect(wiebe).toMatchObject({
      nameTokens: ['david', 'a', 'wiebe'],
      source: { kind: 'import', file: 'nppes_sample.csv' },
    });
    expect((await db.practices.get(wiebe?.practiceId ?? ''))?.locations[0]?.city).toBe('Kearney');
    const again = await previewRoster(db, table);
    expect(again.counts).toEqual({ new: 0, duplicates: 386, problems: 114 });
  });
});

describe('roster problems', () => {
  it('flags a bad NPI check digit, a missing last name and duplicates in the file and in Rounds', async () => {
    const db = await freshDb();
    await repositories(db).physicians.create({ last: 'Known', npi: '1932102084' });
    const csv = [
      'First Name,Last Name,Credentials,NPI,Account Name',
      'Ann,Able,"M.D., PH.D.",1679576722,Heart Group',
      'Bob,Baker,MD,1679576723,Heart Group',
      'Cy,,DO,1588667638,',
      'Dee,Dunn,MD,1679576722,',
      'Eve,Known,MD,1932102084,',
    ].join('\r\n');
    const preview = await previewRoster(db, await parseRoster(csv, 'crm.csv'));
    expect(preview.rows.map((r) => [r.line, r.problems, r.duplicateOf])).toEqual([
      [2, [], null],
      [3, ['npi: This NPI has a wrong check digit: check for a mistyped digit.'], null],
      [4, ['last: a last name is required'], null],
      [5, [], { line: 2 }],
      [6, [], { inRounds: expect.any(String) }],
    ]);
    expect(preview.rows[0]?.physician?.credentials).toEqual(['MD', 'PhD']);
    await commitRoster(db, preview, { skipLines: [3, 4] });
    expect((await db.physicians.toArray()).map((p) => p.last).sort()).toEqual(['Able', 'Known']);
  });

  it('imports a generated 50,000-row roster', async () => {
    const db = await freshDb();
    const lines = ['First Name,Last Name,Credentials,NPI,Specialty,Practice Name,Phone'];
    for (let i = 0; i < 50_000; i++) {
      const first9 = `1${String(i).padStart(8, '0')}`;
      lines.push(`Pat${i},Lee${i},"M.D.",${first9}${npiCheckDigit(first9)},Cardiology,Group ${i % 500},4025550100`);
    }
    const preview = await previewRoster(db, await parseRoster(lines.join('\r\n'), 'big.csv'));
    expect(preview.counts).toEqual({ new: 50_000, duplicates: 0, problems: 0 });
    expect(await commitRoster(db, preview)).toEqual({ physicians: 50_000, practices: 500 });
    expect(await db.physicians.count()).toBe(50_000);
  }, 60_000);
});
