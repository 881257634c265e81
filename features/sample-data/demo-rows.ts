import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { samplePhysicians, samplePractices } from './sample-data';
import { seedDemoData } from './seed';

/**
 * The fictional demo rows, found without a schema change: a physician is a demo row when first name, last name,
 * NPI and specialty all match a sample physician and the practice is a sample practice; a practice when its name
 * matches. A liaison's own "Jane Smith, Cardiology" with her own practice is never taken for the demo.
 */
const key = (p: { first?: string; last: string; npi?: string | null; specialty?: string }) =>
  [p.first ?? '', p.last, p.npi ?? '', p.specialty ?? ''].join('\u0000');
const physicianKeys = new Set(samplePhysicians.map(key));
const practiceNames = new Set(samplePractices.map((p) => p.name));

export async function demoRows(db: RoundsDatabase): Promise<{ physicianIds: string[]; practiceIds: string[] }> {
  const practices = (await db.practices.toArray()).filter((p) => !p.deletedAt && practiceNames.has(p.name));
  const practiceIds = new Set(practices.map((p) => p.id));
  const physicians = (await db.physicians.toArray()).filter(
    (p) => !p.deletedAt && physicianKeys.has(key(p)) && (p.practiceId === null || practiceIds.has(p.practiceId)),
  );
  return { physicianIds: physicians.map((p) => p.id), practiceIds: [...practiceIds] };
}

/** Adds the demo directory when the directory is empty (first run); says how many physicians it added. */
export async function addSampleData(db: RoundsDatabase): Promise<number> {
  const { seeded, physicians } = await seedDemoData(db);
  return seeded ? physicians : 0;
}

/** Removes the demo directory in one step (soft deletes, like any removal); the liaison's own rows stay. */
export async function removeSampleData(db: RoundsDatabase): Promise<number> {
  const { physicianIds, practiceIds } = await demoRows(db);
  const repos = repositories(db);
  for (const id of physicianIds) await repos.physicians.softDelete(id);
  for (const id of practiceIds) {
    const stillUsed = await db.physicians.filter((p) => !p.deletedAt && p.practiceId === id).count();
    if (stillUsed === 0) await repos.practices.softDelete(id);
  }
  return physicianIds.length;
}
