import { PhysicianIndex } from '../search/physician-index';
import type { RoundsDatabase } from '../storage/database';
import type { Physician } from '../storage/schemas';
import { searchPhysicians } from '../storage/search';

const loadChunk = 5_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Type-ahead over the directory with the sidebar's in-memory index (prefix and typo tolerant), loaded in chunks
 * after the popup is interactive. Until it is complete, queries go to the IndexedDB name-prefix look-up.
 */
export class DirectorySearch {
  readonly index = new PhysicianIndex();
  ready = false;
  boosts: ReadonlyMap<string, number> = new Map();

  constructor(private readonly db: RoundsDatabase) {}

  /** Loads every physician into the index, a chunk per task so typing stays responsive. */
  async load(): Promise<void> {
    let after = '';
    for (;;) {
      const rows = await this.db.physicians.where(':id').above(after).limit(loadChunk).toArray();
      for (const row of rows) this.index.put(row);
      const last = rows[rows.length - 1];
      if (!last || rows.length < loadChunk) break;
      after = last.id;
      await nextTask();
    }
    this.ready = true;
  }

  /** Adds or refreshes one physician (e.g. one created from the popup). */
  put(physician: Physician): void {
    this.index.put(physician);
  }

  /** The best physicians for what was typed, familiar and detected ones boosted. */
  async search(query: string, limit = 8): Promise<Physician[]> {
    const boost = (p: Physician, score: number) => score + (this.boosts.get(p.id) ?? 0);
    if (this.ready) return this.index.search(query, { limit, boost }).map((h) => h.physician);
    const rows = await searchPhysicians(this.db, query, limit * 4);
    return rows
      .map((p, i) => ({ p, s: (this.boosts.get(p.id) ?? 0) - i * 1e-6 }))
      .sort((a, b) => b.s - a.s)
      .slice(0, limit)
      .map((x) => x.p);
  }
}
