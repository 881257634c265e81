import { describe, expect, it } from 'vitest';
import { generateData, seedTables } from '../../dev/generators/generate-transfer-data';
import type { RoundsDatabase } from '../../storage/database';
import { npiCheckDigit } from '../../storage/npi';
import { freshDatabase, repositories } from '../../tests/db';
import { bundleProblems } from '../../tests/fhir-validator';
import { seedDemoData } from '../sample-data/seed';
import { commitImport } from '../transfer';
import { analyzeFhirImport } from './analyze-fhir';
import { exportFhir } from './export-fhir';

const byId = <R extends { id: string }>(rows: R[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
const directory = async (db: RoundsDatabase) => ({
  physicians: byId(await db.physicians.toArray()),
  practices: byId(await db.practices.toArray()),
});

/** A source directory with every physician and practice field in use: demo data, generated rows, one of each kind. */
async function fullDirectory(): Promise<RoundsDatabase> {
  const db = await freshDatabase();
  await seedDemoData(db, { history: true });
  await seedTables(
    db,
    generateData(11, { physicians: 120, practices: 15, referrals: 30, outreach: 30, followUps: 20 }),
  );
  const repos = repositories(db);
  const practice = await repos.practices.create({
    name: 'Two Sites Clinic',
    locations: [
      {
        label: 'North',
        address: '1 A St, Suite 2',
        city: 'Omaha',
        state: 'NE',
        postalCode: '68102',
        phone: '402-555-0101',
        hours: { mon: '8:30–17', tue: '8–12, 13–17', wed: '', thu: 'by appointment', fri: '7–15', sat: '', sun: '' },
      },
      { label: '', address: '', city: 'Lincoln', state: 'NE', postalCode: '', fax: '402-555-0199' },
    ],
    tags: ['two sites'],
  });
  await repos.physicians.create({
    prefix: 'Prof. Dr.',
    first: 'Mary Ann',
    middle: 'de la',
    last: 'Cruz-Ortiz',
    suffix: 'III',
    credentials: ['MD', 'PhD', 'FACC'],
    npi: `199999999${npiCheckDigit('199999999')}`,
    specialty: 'Interventional Cardiology',
    taxonomyCode: '207RI0011X',
    practiceId: practice.id,
    practiceName: practice.name,
    email: 'mac@example.org',
    officeDays: ['thu', 'mon', 'tue'],
    dayLocations: { mon: 'L1', tue: 'L1', thu: 'L2' },
    staff: [
      {
        name: 'Mona Reyes',
        role: 'referral-coordinator',
        phone: '402-555-0110',
        email: 'mona@example.org',
        notes: 'Tuesdays only',
      },
      { name: 'Tess Hall', role: 'front-desk' },
    ],
    tier: 'A',
    visitEveryDays: 21,
    preferredContact: 'email',
    source: { kind: 'capture', url: 'https://portal.example.org/q', title: 'Queue', at: '2025-02-03T04:05:06.000Z' },
  });
  await repos.physicians.create({
    last: 'Freetext',
    practiceName: 'A practice Rounds has no record of',
    tier: 'C',
    visitEveryDays: 1,
  });
  return db;
}

describe('FHIR round trip: export, then import, gives the same directory', () => {
  for (const format of ['bundle', 'ndjson'] as const) {
    it(`into an empty Rounds (${format})`, async () => {
      const source = await fullDirectory();
      const file = await exportFhir(source, { format, includePatientInfo: true });
      // Every new field filled in (hours, day locations, staff email and notes, tier, cadence) still passes R4.
      if (format === 'bundle') expect(bundleProblems(JSON.parse(await file.blob.text()))).toEqual([]);
      const target = await freshDatabase();
      const analysis = await analyzeFhirImport(target, file.blob, { fileName: file.fileName });
      expect(analysis.conflicts).toEqual([]);
      expect(analysis.merges).toEqual([]);
      await commitImport(target, analysis);
      expect(await directory(target)).toEqual(await directory(source));
    });
  }

  it('into the Rounds it came from: everything unchanged, the referral log listed as not imported', async () => {
    const db = await fullDirectory();
    const file = await exportFhir(db);
    const analysis = await analyzeFhirImport(db, file.blob);
    const total = (await db.physicians.count()) + (await db.practices.count());
    expect(analysis.preview.physicians.unchanged + analysis.preview.practices.unchanged).toBe(total);
    expect(analysis.totalWrites).toBe(0);
    expect(analysis.notImported.map((n) => n.place).sort()).toEqual(
      [
        `${file.counts.Communication} Communication`,
        `${file.counts.ServiceRequest} ServiceRequest`,
        `${file.counts.Task} Task`,
      ].sort(),
    );
  });
});
