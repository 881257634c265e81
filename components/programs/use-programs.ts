import type { RoundsDatabase } from '../../storage/database';
import type { Program } from '../../storage/schemas';
import { useLiveQuery } from '../use-live-query';

/** Every program (soft-deleted ones too, for names of past visits), kept current. */
export function usePrograms(db: RoundsDatabase | null | undefined): Program[] {
  return useLiveQuery(async () => (db ? await db.programs.toArray() : []), [db], []);
}
