import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { freshDatabase, repositories } from '../../tests/db';
import { commitImport } from '../transfer';
import { analyzeFhirImport } from './analyze-fhir';

// The real NPPES sample converted to FHIR by HealthSamurai/nppes2fhir (tests/fixtures/fhir/SOURCES.md): YAML
// documents, turned into NDJSON here as a bulk-data tool would hand them over.
const samplePath = new URL('../../tests/fixtures/fhir/nppes_sample_fhir.yaml', import.meta.url);
const sample = () =>
  parseAllDocuments(readFileSync(samplePath, 'utf8'))
    .map((d) => d.toJSON())
    .filter(Boolean) as { resourceType: string; id: string; name?: unknown }[];
const ndjson = (docs: object[]) => docs.map((d) => JSON.stringify(d)).join('\n');

describe('the NPPES FHIR sample (386 practitioners, 114 organizations)', () => {
  it('imports with every record accounted for', async () => {
    const docs = sample();
    expect(docs.filter((d) => d.resourceType === 'Practitioner')).toHaveLength(386);
    expect(docs.filter((d) => d.resourceType === 'Organization')).toHaveLength(114);
    const db = await freshDatabase();
    const analysis = await analyzeFhirImport(db, ndjson(docs), { fileName: 'nppes_sample.ndjson' });
    const organizations = docs.filter((d) => d.resourceType === 'Organization');
    const named = organizations.filter((d) => d.name).length;
    // Every resource is a record or is listed with its reason: 386 + 98 + 16 = 500.
    expect(analysis.resourceCounts).toEqual({ Practitioner: 386, Organization: 114 });
    expect(analysis.preview.physicians).toEqual({ new: 386, updated: 0, unchanged: 0, conflicting: 0 });
    expect(named).toBe(98);
    expect(analysis.notImportedCount).toBe(114 - named);
    expect(new Set(analysis.notImported.map((n) => n.reason))).toEqual(
      new Set(['an Organization without a name (Rounds needs one for a practice)']),
    );
    // Practitioners carry their practice address: physicians at one address share a practice named after it.
    const addressPractices = analysis.preview.practices.new - named;
    expect(addressPractices).toBe(326);
    await commitImport(db, analysis);
    expect(await db.physicians.count()).toBe(386);
    expect(await db.practices.count()).toBe(98 + 326);
    expect(new Set((await db.physicians.toArray()).map((p) => p.npi)).size).toBe(386);

    const wiebe = await db.physicians.where('npi').equals('1679576722').first();
    expect(wiebe).toMatchObject({
      prefix: '',
      first: 'David',
      middle: 'A',
      last: 'Wiebe',
      credentials: ['MD'],
      specialty: 'Orthopaedic Surgery',
      taxonomyCode: '207X00000X',
      phone: '308-865-2512',
      fax: '308-865-2506',
      practiceName: '3500 Central Ave, Kearney',
      source: { kind: 'import', file: 'nppes_sample.ndjson' },
    });
    const practice = await db.practices.get(wiebe?.practiceId ?? '');
    expect(practice?.locations).toEqual([
      {
        id: 'L1',
        label: '',
        address: '3500 Central Ave',
        city: 'Kearney',
        state: 'NE',
        postalCode: '68847-2944',
        phone: '308-865-2512',
        fax: '308-865-2506',
        hours: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
      },
    ]);
    const pilcher = await db.physicians.where('npi').equals('1588667638').first();
    expect(pilcher).toMatchObject({ prefix: 'Dr.', first: 'William', middle: 'C', credentials: ['MD'] });
    const hospital = await db.practices.where('nameKey').equals('cumberland county hospital system inc').first();
    expect(hospital?.locations[0]).toMatchObject({
      address: '3418 Village Dr',
      city: 'Fayetteville',
      phone: '910-609-6740',
    });

    // The same file again: nothing new, nothing changed.
    const again = await analyzeFhirImport(db, ndjson(docs), { fileName: 'nppes_sample.ndjson' });
    expect(again.preview.physicians).toEqual({ new: 0, updated: 0, unchanged: 386, conflicting: 0 });
    expect(again.preview.practices).toEqual({ new: 0, updated: 0, unchanged: 424, conflicting: 0 });
    expect(again.totalWrites).toBe(0);
  });

  it('as a Bundle too, a physician Rounds already has (same NPI) merged into its record', async () => {
    const db = await freshDatabase();
    const mine = await repositories(db).physicians.create({ first: 'Dave', last: 'Wiebe', npi: '1679576722' });
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: sample().map((resource) => ({ resource })) };
    const analysis = await analyzeFhirImport(db, JSON.stringify(bundle));
    expect(analysis.merges).toEqual([{ npi: '1679576722', fromId: expect.any(String), intoId: mine.id }]);
    expect(analysis.preview.physicians).toEqual({ new: 385, updated: 1, unchanged: 0, conflicting: 0 });
    await commitImport(db, analysis);
    expect(await db.physicians.count()).toBe(386);
    expect((await db.physicians.get(mine.id))?.first).toBe('David');
  });
});
