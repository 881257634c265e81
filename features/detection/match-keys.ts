import type { MatchKeys } from '../../messaging/content-commands';
import { foldName } from '../../storage/name-keys';
import { isValidNpi } from '../../storage/npi';
import type { Physician } from '../../storage/schemas/physician';

/** Match keys plus the position → record id table that stays on the extension side. */
export interface BuiltMatchKeys {
  keys: MatchKeys;
  ids: string[];
}

let generationCounter = 0;

const words = (text: string) =>
  foldName(text)
    .split(/[\s-]+/)
    .filter(Boolean);

/** What matching reads of a physician: a Physician row or a stored index entry fits. */
export type KeyFields = Pick<Physician, 'id' | 'first' | 'middle' | 'last'> & {
  npi?: string | undefined;
  deletedAt?: string | null;
};

/** The folded keys of one directory row, or null when it cannot be matched (deleted, or no last name). */
export function physicianKeys(p: KeyFields): { last: string; first: string; middle: string; npi: string } | null {
  if (p.deletedAt) return null;
  const last = words(p.last);
  if (last.length === 0) return null;
  return {
    last: last.join(' '),
    first: words(p.first)[0] ?? '',
    middle: words(p.middle)[0]?.[0] ?? '',
    npi: p.npi && isValidNpi(p.npi) ? p.npi : '',
  };
}

/** Builds the page-side keys from directory rows (soft-deleted rows are left out). */
export function buildMatchKeys(physicians: Iterable<KeyFields>, generation = ++generationCounter): BuiltMatchKeys {
  const keys: MatchKeys = { generation, last: [], first: [], middle: [], npi: [] };
  const ids: string[] = [];
  for (const p of physicians) {
    const k = physicianKeys(p);
    if (!k) continue;
    ids.push(p.id);
    keys.last.push(k.last);
    keys.first.push(k.first);
    keys.middle.push(k.middle);
    keys.npi.push(k.npi);
  }
  return { keys, ids };
}

/** Maps page-side positions (from detection results of the same generation) back to record ids. */
export function idsForPositions(built: BuiltMatchKeys, positions: Iterable<number>): string[] {
  const out: string[] = [];
  for (const position of positions) {
    const id = built.ids[position];
    if (id !== undefined) out.push(id);
  }
  return out;
}
