import { useEffect, useState } from 'preact/hooks';
import { findDuplicateCandidates } from '../capture/dedupe';
import { parsePhysicianNames } from '../capture/parse-name';
import type { RoundsDatabase } from '../storage/database';
import type { Physician } from '../storage/schemas';
import { searchPhysicians } from '../storage/search';

/** Physicians to attach a note to: those the selected text names, or, once the user types, those matching it. */
export function useNoteCandidates(db: RoundsDatabase, text: string, query: string): Physician[] {
  const [found, setFound] = useState<Physician[]>([]);
  useEffect(() => {
    let live = true;
    const look = async (): Promise<Physician[]> => {
      if (query.trim()) return searchPhysicians(db, query, 8);
      const names = parsePhysicianNames(text).slice(0, 5);
      const lists = await Promise.all(names.map((n) => findDuplicateCandidates(db, n, { limit: 3 })));
      const byId = new Map(lists.flat().map((c) => [c.physician.id, c.physician]));
      return [...byId.values()];
    };
    look().then((list) => live && setFound(list));
    return () => {
      live = false;
    };
  }, [db, text, query]);
  return found;
}
