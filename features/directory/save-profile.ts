import type { RoundsDatabase } from '../../storage/database';
import { foldName } from '../../storage/name-keys';
import { repositories } from '../../storage/repositories';
import type { Physician, PhysicianInput, PracticeLocation } from '../../storage/schemas';

/**
 * Saves a physician's edited profile and, when the form edited them, the practice's locations, in one
 * transaction. Locations belong to the practice (shared by its physicians): a physician with only a typed practice
 * name gets the practice of that name, created if there is none, so the locations have somewhere to live.
 */
export async function saveOfficeProfile(
  db: RoundsDatabase,
  physicianId: string,
  input: PhysicianInput,
  locations?: readonly PracticeLocation[],
): Promise<Physician> {
  const repos = repositories(db);
  return db.transaction('rw', [db.physicians, db.practices], async () => {
    let practiceId = input.practiceId ?? (await repos.physicians.get(physicianId))?.practiceId ?? null;
    const name = (input.practiceName ?? '').trim();
    if (locations) {
      let practice = practiceId ? await repos.practices.get(practiceId) : undefined;
      if (!practice && name) {
        practice =
          (await db.practices
            .where('nameKey')
            .equals(foldName(name))
            .filter((p) => !p.deletedAt)
            .first()) ?? (await repos.practices.create({ name, locations: [] }));
      }
      if (practice) {
        // The form gives new locations their ids as they are added, so office days already point at them.
        practiceId = (await repos.practices.update(practice.id, { locations: [...locations] })).id;
      }
    }
    // An emptied NPI field removes the NPI (the patch would otherwise leave the old one).
    return repos.physicians.update(physicianId, { npi: undefined, ...input, practiceId });
  });
}
