import type { Bundle, Resource } from '@medplum/fhirtypes';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../dev/generators/generate-directory';
import { generateData, seedTables } from '../../dev/generators/generate-transfer-data';
import { freshDatabase } from '../../tests/db';
import { bundleProblems, fhirProblems, fhirSchemaProblems } from '../../tests/fhir-validator';
import { seedDemoData } from '../sample-data/seed';
import { exportFhir } from './export-fhir';

const bundleOf = async (blob: Blob) => JSON.parse(await blob.text()) as Bundle;
const typesIn = (bundle: Bundle) => new Set(bundle.entry?.map((e) => e.resource?.resourceType));

describe('FHIR export passes the R4 validators', () => {
  it('the validators refuse what R4 forbids (so a pass means something)', () => {
    const practitioner = { resourceType: 'Practitioner', name: [{ family: 'Smith' }] } as Resource;
    expect(fhirProblems(practitioner)).toEqual([]);
    expect(fhirProblems({ ...practitioner, nickname: 'x' } as unknown as Resource)).toEqual([
      'Practitioner.nickname: Invalid additional property "nickname"',
    ]);
    expect(fhirProblems({ resourceType: 'ServiceRequest', status: 'active', intent: 'order' } as Resource)).toEqual([
      'ServiceRequest.subject: Missing required property',
    ]);
    expect(fhirProblems({ ...practitioner, meta: { lastUpdated: '2025-01-01' } } as Resource)).toHaveLength(1);
    const task = { resourceType: 'Task', status: 'waiting', intent: 'plan' } as unknown as Resource;
    expect(fhirSchemaProblems(task)).toEqual(['Task.status: should be equal to one of the allowed values']);
    const empty = { resourceType: 'Practitioner', name: [{ family: '' }] } as Resource;
    expect(fhirSchemaProblems(empty)).toHaveLength(1);
  });

  it('the demo data, with and without patient information: every resource type we emit', async () => {
    const db = await freshDatabase();
    await seedDemoData(db, { history: true });
    for (const includePatientInfo of [false, true]) {
      const bundle = await bundleOf((await exportFhir(db, { includePatientInfo })).blob);
      expect(bundleProblems(bundle)).toEqual([]);
      expect([...typesIn(bundle)].sort()).toEqual(
        [
          'Communication',
          'Location',
          'Organization',
          'Practitioner',
          'PractitionerRole',
          'ServiceRequest',
          'Task',
        ].sort(),
      );
    }
  });

  it('generated rows of every table (soft-deleted ones, odd names, every status) in both formats', async () => {
    const db = await freshDatabase();
    await seedTables(
      db,
      generateData(5, { physicians: 300, practices: 40, referrals: 200, outreach: 300, followUps: 150, notes: 10 }),
    );
    const bundle = await bundleOf((await exportFhir(db, { includePatientInfo: true })).blob);
    expect(bundleProblems(bundle)).toEqual([]);
    const zip = unzipSync(new Uint8Array(await (await exportFhir(db, { format: 'ndjson' })).blob.arrayBuffer()));
    const problems: string[] = [];
    for (const [name, bytes] of Object.entries(zip)) {
      const lines = new TextDecoder().decode(bytes).trim().split('\n');
      for (const line of lines) {
        const resource = JSON.parse(line) as Resource;
        expect(`${resource.resourceType}.ndjson`).toBe(name);
        problems.push(...fhirProblems(resource), ...fhirSchemaProblems(resource));
      }
    }
    expect(problems).toEqual([]);
  });

  it('50,000 generated physicians', { timeout: 600_000 }, async () => {
    const db = await freshDatabase();
    await db.physicians.bulkPut(generateDirectory(50_000, 7));
    const result = await exportFhir(db);
    expect(result.counts.Practitioner).toBe(50_000);
    expect(result.counts.PractitionerRole).toBe(50_000);
    const bundle = await bundleOf(result.blob);
    const problems = bundleProblems(bundle);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(bundle.entry).toHaveLength(100_000);
  });
});
