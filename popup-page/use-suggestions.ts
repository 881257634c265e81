import { useEffect, useMemo, useState } from 'preact/hooks';
import { detectedBoost, familiarity, mostFamiliar, recentOutreach } from '../outreach/familiarity';
import type { RoundsDatabase } from '../storage/database';
import { foldName } from '../storage/name-keys';
import type { Physician } from '../storage/schemas';
import { DirectorySearch } from './directory-search';
import { composeSuggestions, physicianSuggestion, type Suggestion } from './suggestions';
import type { TabState } from './tab-state';

const initialCount = 8;

/**
 * The combobox's `suggest`: on an empty query, physicians detected on this page, then recent and frequent ones;
 * otherwise the directory search (familiar ones boosted), matching practices, and "add as new".
 * `version` changes when the initial suggestions change (the tab state arrived).
 */
export function useSuggestions(db: RoundsDatabase, tab: TabState | null, chosen: readonly Suggestion[]) {
  const search = useMemo(() => new DirectorySearch(db), [db]);
  const [familiar, setFamiliar] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    void recentOutreach(db).then((rows) => setFamiliar(familiarity(rows)));
  }, [db]);
  const detected = useMemo(() => new Set(tab?.detected.map((d) => d.physicianId) ?? []), [tab]);
  useEffect(() => {
    const boosts = new Map(familiar ?? []);
    for (const id of detected) boosts.set(id, (boosts.get(id) ?? 0) + detectedBoost);
    search.boosts = boosts;
  }, [search, familiar, detected]);

  const chosenKeys = new Set(chosen.map((c) => c.key));
  const initial = async (): Promise<Suggestion[]> => {
    const byCount = [...(tab?.detected ?? [])].sort((a, b) => b.count - a.count).map((d) => d.physicianId);
    const ids = [...new Set([...byCount, ...mostFamiliar(familiar ?? new Map(), initialCount * 2)])];
    const rows = (await db.physicians.bulkGet(ids)).filter((p): p is Physician => Boolean(p && !p.deletedAt));
    return rows.map((p) => physicianSuggestion(p, detected.has(p.id))).filter((s) => !chosenKeys.has(s.key));
  };
  const suggest = async (query: string): Promise<Suggestion[]> => {
    const folded = foldName(query);
    if (!folded) return (await initial()).slice(0, initialCount);
    // One letter says too little to search 50,000 names: narrow the familiar ones instead (cheap, and usually right).
    if (folded.length < 2) {
      const starts = (s: Suggestion) =>
        foldName(s.label)
          .split(/[\s-]+/)
          .some((w) => w.startsWith(folded));
      return (await initial()).filter(starts).slice(0, initialCount);
    }
    const hasPractice = chosen.some((c) => c.kind === 'practice');
    const [physicians, practices] = await Promise.all([
      search.search(query, 8),
      !hasPractice
        ? db.practices
            .where('nameKey')
            .startsWith(folded)
            .filter((p) => !p.deletedAt)
            .limit(3)
            .toArray()
        : Promise.resolve([]),
    ]);
    return composeSuggestions({ query, physicians, practices, chosen: chosenKeys, detected });
  };
  return { search, suggest, ready: familiar !== null, version: `${detected.size}` };
}
