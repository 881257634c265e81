import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { samplePhysicians, samplePractices } from './sample-data';
import { seedDemoHistory } from './seed-history';

/** Writes the fictional demo directory once, into an empty database only (never over a user's data). */
export async function seedDemoData(
  db: RoundsDatabase,
  options: { history?: boolean } = {},
): Promise<{ seeded: boolean; physicians: number }> {
  if ((await db.physicians.count()) > 0) return { seeded: false, physicians: await db.physicians.count() };
  const repos = repositories(db);
  const practiceIds = new Map<string, { id: string; name: string }>();
  for (const { ref, ...practice } of samplePractices) {
    const row = await repos.practices.create(practice);
    practiceIds.set(ref, { id: row.id, name: row.name });
  }
  for (const { practiceRef, ...physician } of samplePhysicians) {
    const practice = practiceIds.get(practiceRef);
    await repos.physicians.create({
      ...physician,
      practiceId: practice?.id ?? null,
      practiceName: practice?.name ?? '',
    });
  }
  if (options.history) await seedDemoHistory(db);
  return { seeded: true, physicians: samplePhysicians.length };
}
