import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Physician, PhysicianInput } from '../../storage/schemas';

export type CapturedSave = { status: 'created'; physician: Physician } | { status: 'known'; physician: Physician };

/**
 * Creates the confirmed physician, unless a live record already has its NPI: the check and the write share one
 * read-write transaction, so two saves of the same NPI (two windows, a double click) never make two records.
 */
export async function saveCapturedPhysician(db: RoundsDatabase, input: PhysicianInput): Promise<CapturedSave> {
  return db.transaction('rw', db.physicians, async () => {
    if (input.npi) {
      const known = await db.physicians
        .where('npi')
        .equals(input.npi)
        .filter((p) => !p.deletedAt)
        .first();
      if (known) return { status: 'known', physician: known };
    }
    return { status: 'created', physician: await repositories(db).physicians.create(input) };
  });
}
