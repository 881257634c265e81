import { type DirectoryEntry, PhysicianIndex } from '../../features/directory/search/physician-index';
import { e2eExpose, markOnce } from '../../features/instrumentation/marks';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician, Practice } from '../../storage/schemas';
import { searchPhysicians } from '../../storage/search';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Type-ahead over the directory with the sidebar's in-memory index (prefix and typo tolerant), loaded from the
 * stored index after the popup is interactive. Until it is loaded, queries go to the IndexedDB name-prefix look-up.
 */
export class DirectorySearch {
  index: PhysicianIndex = new PhysicianIndex();
  ready = false;
  private boostMap: ReadonlyMap<string, number> = new Map();
  /** Only the boosted (familiar, detected) physicians: a few hundred, searched in microseconds. */
  private boosted: PhysicianIndex | null = null;
  /** Practices (not deleted) by `nameKey`, once loaded: a keystroke then finds them by binary search. */
  private practiceRows: Practice[] | null = null;
  /** Physicians put before the index was loaded (put again into the loaded one). */
  private readonly putEarly: Physician[] = [];

  constructor(private readonly db: RoundsDatabase) {}

  /** Score boosts by physician id (familiar and detected ones). */
  get boosts(): ReadonlyMap<string, number> {
    return this.boostMap;
  }

  set boosts(next: ReadonlyMap<string, number>) {
    this.boostMap = next;
    this.boosted = null;
    void this.db.physicians.bulkGet([...next.keys()]).then((rows) => {
      if (this.boostMap !== next) return;
      this.boosted = PhysicianIndex.from(rows.filter((p): p is Physician => Boolean(p)));
    });
  }

  /** Loads the stored directory index (one record), then the practices; rows put meanwhile are kept. */
  async load(): Promise<void> {
    // Its own chunk (zod's record check, the packed format): not part of the popup's first paint.
    const { loadDirectoryIndex } = await import('../../features/directory/search/stored-index');
    const { index } = await loadDirectoryIndex(this.db);
    for (const row of this.putEarly) index.put(row);
    this.putEarly.length = 0;
    this.index = index;
    this.ready = true;
    markOnce('rounds:index-ready');
    e2eExpose('roundsDirectorySearch', this); // the bench times the first keystroke answered from the whole index
    await nextTask();
    const practices = await this.db.practices.orderBy('nameKey').toArray();
    this.practiceRows = practices.filter((p) => !p.deletedAt);
  }

  /** Practices whose folded name starts with `folded`: from memory once loaded, until then the `nameKey` index. */
  async practices(folded: string, limit = 3): Promise<Practice[]> {
    const rows = this.practiceRows;
    if (!rows) {
      return this.db.practices
        .where('nameKey')
        .startsWith(folded)
        .filter((p) => !p.deletedAt)
        .limit(limit)
        .toArray();
    }
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((rows[mid] as Practice).nameKey < folded) lo = mid + 1;
      else hi = mid;
    }
    const out: Practice[] = [];
    for (let i = lo; i < rows.length && out.length < limit; i++) {
      const row = rows[i] as Practice;
      if (!row.nameKey.startsWith(folded)) break;
      out.push(row);
    }
    return out;
  }

  /** Adds or refreshes one physician (e.g. one created from the popup). */
  put(physician: Physician): void {
    this.index.put(physician);
    if (!this.ready) this.putEarly.push(physician);
    if (this.boostMap.has(physician.id)) this.boosted?.put(physician);
  }

  /**
   * The best physicians for what was typed, familiar and detected ones boosted. Once loaded: the index's top hits
   * without a boost, merged with the boosted top hits among the boosted few, then re-ranked; no boost call per
   * candidate over 50,000. Same top `limit` as boosting every candidate (ties aside): an unboosted hit in it has
   * fewer than `limit` hits above it unboosted too, and a boosted one is in the boosted few's own top `limit`.
   */
  async search(query: string, limit = 8): Promise<DirectoryEntry[]> {
    const boost = (p: DirectoryEntry, score: number) => score + (this.boostMap.get(p.id) ?? 0);
    if (this.ready && this.boosted) {
      const hits = new Map<string, { physician: DirectoryEntry; score: number }>();
      for (const h of this.index.search(query, { limit: limit * 2 })) {
        hits.set(h.physician.id, { physician: h.physician, score: boost(h.physician, h.score) });
      }
      // Ranked with their boosts (scores come back boosted): a few hundred rows at most.
      for (const h of this.boosted.search(query, { limit, boost })) hits.set(h.physician.id, h);
      return [...hits.values()]
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((h) => h.physician);
    }
    if (this.ready) return this.index.search(query, { limit, boost }).map((h) => h.physician);
    const rows = await searchPhysicians(this.db, query, limit * 4);
    return rows
      .map((p, i) => ({ p, s: (this.boostMap.get(p.id) ?? 0) - i * 1e-6 }))
      .sort((a, b) => b.s - a.s)
      .slice(0, limit)
      .map((x) => x.p);
  }
}
