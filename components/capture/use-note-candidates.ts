import { useEffect, useState } from 'preact/hooks';
import { findDuplicateCandidates } from '../../features/directory/dedupe';
import { parsePhysicianNames } from '../../features/names/parse-name';
import type { RoundsDatabase } from '../../storage/database';
import { foldName } from '../../storage/name-keys';
import type { Physician } from '../../storage/schemas';
import { searchPhysicians } from '../../storage/search';

/** Directory physicians whose family name is a capitalised word of a prose selection ("Dr. Smith prefers fax"). */
async function namedInProse(db: RoundsDatabase, text: string): Promise<Physician[]> {
  const words = text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  const keys = [...new Set(words.map(foldName))].slice(0, 20);
  if (!keys.length) return [];
  const found = await db.physicians
    .where('nameTokens')
    .anyOf(keys)
    .distinct()
    .filter((p) => !p.deletedAt && keys.includes(foldName(p.last)))
    .limit(20)
    .toArray();
  const score = (p: Physician) => (keys.includes(foldName(p.first)) ? 1 : 0);
  return found.sort((a, b) => score(b) - score(a)).slice(0, 8);
}

/** Physicians to attach a note to: those the selected text names, or, once the user types, those matching it. */
export function useNoteCandidates(db: RoundsDatabase, text: string, query: string): Physician[] {
  const [found, setFound] = useState<Physician[]>([]);
  useEffect(() => {
    let live = true;
    const look = async (): Promise<Physician[]> => {
      if (query.trim()) return searchPhysicians(db, query, 8);
      const names = parsePhysicianNames(text).slice(0, 5);
      if (!names.length) return namedInProse(db, text);
      const lists = await Promise.all(names.map((n) => findDuplicateCandidates(db, n, { limit: 3 })));
      return [...new Map(lists.flat().map((c) => [c.physician.id, c.physician])).values()];
    };
    look().then((list) => live && setFound(list));
    return () => {
      live = false;
    };
  }, [db, text, query]);
  return found;
}
