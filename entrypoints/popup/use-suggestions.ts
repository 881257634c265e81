import { useEffect, useMemo, useRef } from 'preact/hooks';
import { detectedBoost, familiarity, mostFamiliar } from '../../features/outreach/familiarity';
import type { RoundsDatabase } from '../../storage/database';
import { foldName } from '../../storage/name-keys';
import type { Outreach, Physician } from '../../storage/schemas';
import { DirectorySearch } from './directory-search';
import { recentOutreachRows } from './popup-reads';
import { composeSuggestions, physicianSuggestion, type Suggestion } from './suggestions';
import type { TabState } from './tab-state';

const initialCount = 8;

/**
 * The combobox's `suggest`: on an empty query, physicians detected on this page, then recent and frequent ones
 * (from a bounded read of the newest outreach, `recent`, started with the popup's other reads);
 * otherwise the directory search (familiar ones boosted), matching practices, and "add as new".
 * A keystroke reads nothing from IndexedDB once the index is loaded: the index search, practices from memory,
 * and the initial rows cached. `version` changes when the initial suggestions change (the tab state arrived).
 */
export function useSuggestions(
  db: RoundsDatabase,
  tab: TabState | null,
  chosen: readonly Suggestion[],
  recent?: Promise<Outreach[]>,
) {
  const search = useMemo(() => new DirectorySearch(db), [db]);
  const familiar = useMemo(
    () => (recent ?? recentOutreachRows(db)).then(familiarity, () => new Map<string, number>()),
    [db, recent],
  );
  const detected = useMemo(() => new Set(tab?.detected.map((d) => d.physicianId) ?? []), [tab]);
  useEffect(() => {
    let live = true;
    void familiar.then((scores) => {
      if (!live) return;
      const boosts = new Map(scores);
      for (const id of detected) boosts.set(id, (boosts.get(id) ?? 0) + detectedBoost);
      search.boosts = boosts;
    });
    return () => {
      live = false;
    };
  }, [search, familiar, detected]);

  // The initial physicians (page, then familiar), read once per tab state: one-letter keystrokes filter them.
  const initialRows = useRef<{ tab: TabState | null; rows: Promise<Physician[]> } | null>(null);
  const loadInitial = (): Promise<Physician[]> => {
    if (initialRows.current?.tab === tab) return initialRows.current.rows;
    const rows = familiar.then(async (scores) => {
      const byCount = [...(tab?.detected ?? [])].sort((a, b) => b.count - a.count).map((d) => d.physicianId);
      const ids = [...new Set([...byCount, ...mostFamiliar(scores, initialCount * 2)])];
      return (await db.physicians.bulkGet(ids)).filter((p): p is Physician => Boolean(p && !p.deletedAt));
    });
    initialRows.current = { tab, rows };
    return rows;
  };

  const chosenKeys = new Set(chosen.map((c) => c.key));
  const initial = async (): Promise<Suggestion[]> =>
    (await loadInitial()).map((p) => physicianSuggestion(p, detected.has(p.id))).filter((s) => !chosenKeys.has(s.key));
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
      search.search(query, initialCount),
      hasPractice ? Promise.resolve([]) : search.practices(folded, 3),
    ]);
    return composeSuggestions({ query, physicians, practices, chosen: chosenKeys, detected });
  };
  return { search, suggest, version: `${detected.size}` };
}
