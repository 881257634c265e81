import type { RoundsDatabase } from '../../storage/database';
import { foldName } from '../../storage/name-keys';
import type { Physician } from '../../storage/schemas';
import { areGivenNameVariants } from '../names/given-name-variants';
import type { ParsedName } from '../names/parsed-name';

export { describeCandidate } from './describe-candidate';

/** Why a stored physician may be the person just captured. */
export type DuplicateReason = 'same-npi' | 'same-name' | 'name-variant' | 'same-initial' | 'family-name-only';

export interface DuplicateCandidate {
  physician: Physician;
  reason: DuplicateReason;
  /** Higher is likelier; NPI matches always rank first. */
  score: number;
  samePractice: boolean;
}

export interface DuplicateOptions {
  /** The practice the capture is for, when known: a match there ranks higher. */
  practiceId?: string | null;
  practiceName?: string;
  limit?: number;
}

const baseScore: Record<DuplicateReason, number> = {
  'same-npi': 1000,
  'same-name': 70,
  'name-variant': 60,
  'same-initial': 50,
  'family-name-only': 30,
};

/** Family names compare folded and without spaces or hyphens ("De La Cruz" = "delacruz"). */
const familyKey = (last: string) => foldName(last).replace(/[\s-]+/g, '');
const bareGiven = (name: string) => foldName(name).replace(/[\s.-]+/g, '');

/** How two given names relate, or null when they name different people. */
function givenNameMatch(a: string, b: string): DuplicateReason | null {
  const x = bareGiven(a);
  const y = bareGiven(b);
  if (!x || !y) return 'family-name-only';
  if (x === y) return 'same-name';
  if (areGivenNameVariants(x, y)) return 'name-variant';
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 'same-initial';
  return null;
}

/** Middle names agree (+), are unknown (0), or clearly differ (−). */
function middleAdjustment(a: string, b: string): number {
  const x = bareGiven(a).charAt(0);
  const y = bareGiven(b).charAt(0);
  if (!x || !y) return 0;
  return x === y ? 5 : -25;
}

function isSamePractice(p: Physician, options: DuplicateOptions): boolean {
  if (options.practiceId && p.practiceId === options.practiceId) return true;
  const name = foldName(options.practiceName ?? '');
  return name !== '' && foldName(p.practiceName) === name;
}

async function sameFamilyName(db: RoundsDatabase, last: string): Promise<Physician[]> {
  const key = familyKey(last);
  const tokens = foldName(last)
    .split(/[\s-]+/)
    .filter(Boolean);
  const longest = tokens.sort((a, b) => b.length - a.length)[0];
  if (!key || !longest) return [];
  return db.physicians
    .where('nameTokens')
    .equals(longest)
    .distinct()
    .filter((p) => !p.deletedAt && familyKey(p.last) === key)
    .toArray();
}

/**
 * Stored physicians the parsed name may already be, best first: the same NPI (never create a second record for a
 * known NPI), then the same family name with a compatible given name or initial, ranked up when at the same practice.
 */
export async function findDuplicateCandidates(
  db: RoundsDatabase,
  parsed: Pick<ParsedName, 'first' | 'middle' | 'last' | 'npi'>,
  options: DuplicateOptions = {},
): Promise<DuplicateCandidate[]> {
  const found = new Map<string, DuplicateCandidate>();
  const add = (physician: Physician, reason: DuplicateReason, adjustment = 0) => {
    const samePractice = isSamePractice(physician, options);
    const score = baseScore[reason] + adjustment + (samePractice ? 15 : 0);
    const existing = found.get(physician.id);
    if (!existing || existing.score < score) found.set(physician.id, { physician, reason, score, samePractice });
  };
  if (parsed.npi) {
    const byNpi = await db.physicians.where('npi').equals(parsed.npi).toArray();
    for (const p of byNpi) if (!p.deletedAt) add(p, 'same-npi');
  }
  for (const p of parsed.last ? await sameFamilyName(db, parsed.last) : []) {
    // Two different NPIs are two different registrants, whatever their names.
    if (parsed.npi && p.npi && p.npi !== parsed.npi) continue;
    const reason = givenNameMatch(parsed.first, p.first);
    if (reason) add(p, reason, middleAdjustment(parsed.middle, p.middle));
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || b.physician.updatedAt.localeCompare(a.physician.updatedAt))
    .slice(0, options.limit ?? 10);
}

/** True when a candidate list holds a record with the captured NPI: the capture must update it, not create. */
export function hasKnownNpi(candidates: readonly DuplicateCandidate[]): boolean {
  return candidates.some((c) => c.reason === 'same-npi');
}
