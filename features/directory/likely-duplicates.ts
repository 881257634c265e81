import type { RoundsDatabase } from '../../storage/database';
import type { PhysicianInput } from '../../storage/schemas';
import { type DuplicateCandidate, findDuplicateCandidates } from './dedupe';

/**
 * Stored physicians a new entry may duplicate: the same NPI, or a similar name at the same practice
 * (or anywhere, when the entry names no practice), best first.
 */
export async function likelyDuplicates(db: RoundsDatabase, input: PhysicianInput): Promise<DuplicateCandidate[]> {
  const practiceName = input.practiceName ?? '';
  const candidates = await findDuplicateCandidates(
    db,
    {
      first: input.first ?? '',
      middle: input.middle ?? '',
      last: input.last,
      ...(input.npi ? { npi: input.npi } : {}),
    },
    { practiceName, limit: 5 },
  );
  return candidates.filter(
    (c) =>
      c.reason === 'same-npi' ||
      c.samePractice ||
      (!practiceName.trim() && (c.reason === 'same-name' || c.reason === 'name-variant')),
  );
}
