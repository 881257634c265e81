import { foldName } from '../../../storage/name-keys';
import type { Physician } from '../../../storage/schemas/physician';
import { fieldWeight, ScoreScratch } from './score-scratch';
import { TokenDictionary } from './token-dictionary';
import { TopResults } from './top-results';
import { matchWord } from './word-matches';

/** Indexed fields, in posting entries as `doc * 8 + field`. Weights break ties within a match tier. */
const fields = { last: 0, first: 1, middle: 2, npi: 3, practice: 4, specialty: 5 } as const;

/**
 * What the index keeps of a physician: the fields it searches and a result shows (a Physician row fits). The stored
 * index (packed-index.ts) carries only these, so a loaded index answers with these fields, not whole rows.
 */
export type DirectoryEntry = Pick<
  Physician,
  'id' | 'prefix' | 'first' | 'middle' | 'last' | 'suffix' | 'credentials' | 'specialty' | 'practiceName'
> & { npi?: string | undefined; deletedAt?: string | null };

export interface SearchHit<T extends DirectoryEntry = DirectoryEntry> {
  physician: T;
  score: number;
}

export interface SearchOptions<T extends DirectoryEntry = DirectoryEntry> {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Adjusts a hit's score, e.g. a boost for recently or often visited physicians. */
  boost?: (physician: T, score: number) => number;
}

const maxQueryWords = 8;
const empty = new Int32Array(0);
const splitWords = (text: string) =>
  foldName(text)
    .split(/[\s-]+/)
    .filter(Boolean);

/**
 * In-memory directory search for the sidebar and popup: prefix and typo-tolerant over names, NPI,
 * practice and specialty, ranked exact > prefix > typo. Every query word must match (AND).
 * Cost per keystroke: a binary search and a scan of one prefix range per word, a filtered typo scan
 * over unique tokens, then the postings of the most selective word, checked against the other words.
 */
/** Docs unpacked from the stored index (packed-index.ts), read one by one only when needed. */
export interface PackedDocs<T> {
  size: number;
  id(doc: number): string;
  entry(doc: number): T;
  tokens(doc: number): Int32Array;
}

export class PhysicianIndex<T extends DirectoryEntry = DirectoryEntry> {
  /** @internal Read by packed-index.ts. */ readonly dictionary: TokenDictionary;
  /** Per doc: the row, null once removed, undefined while a packed doc is not yet read. */
  private readonly rows: Array<T | null | undefined> = [];
  private readonly docTokens: Array<Int32Array | undefined> = [];
  private docOfMap: Map<string, number> | null = new Map();
  private readonly freeDocs: number[] = [];
  private live = 0;
  private readonly scratch = new ScoreScratch();

  /** An empty index, or one over unpacked parts (packed-index.ts: docs dense from 0, none removed). */
  constructor(
    dictionary = new TokenDictionary(),
    private readonly packed: PackedDocs<T> | null = null,
  ) {
    this.dictionary = dictionary;
    if (packed) {
      this.live = packed.size;
      this.rows.length = packed.size;
      this.docOfMap = null;
      this.scratch.ensure(packed.size);
    }
  }

  /** An index of the given rows (soft-deleted rows are left out). */
  static from<R extends DirectoryEntry>(physicians: Iterable<R>): PhysicianIndex<R> {
    const index = new PhysicianIndex<R>();
    for (const p of physicians) index.put(p);
    index.dictionary.settle();
    return index;
  }

  get size(): number {
    return this.live;
  }

  /** Number of doc slots (live, removed or free): docs are numbered below it. */
  get docCount(): number {
    return this.rows.length;
  }

  /** The row of a doc, or null when that doc was removed. */
  row(doc: number): T | null {
    const row = this.rows[doc];
    if (row !== undefined) return row;
    if (!this.packed || doc >= this.packed.size) return null;
    const read = this.packed.entry(doc);
    this.rows[doc] = read;
    return read;
  }

  /** Every indexed row, in doc order. */
  *entries(): Generator<T> {
    for (let doc = 0; doc < this.rows.length; doc++) {
      const row = this.row(doc);
      if (row) yield row;
    }
  }

  /** The doc's entries `token * 8 + field`. */
  tokensOf(doc: number): Int32Array {
    return this.docTokens[doc] ?? (this.packed && this.rows[doc] !== null ? this.packed.tokens(doc) : empty);
  }

  private docOf(): Map<string, number> {
    if (!this.docOfMap) {
      this.docOfMap = new Map();
      for (let doc = 0; doc < this.rows.length; doc++) {
        if (this.rows[doc] === null) continue;
        this.docOfMap.set(this.rows[doc]?.id ?? (this.packed as PackedDocs<T>).id(doc), doc);
      }
    }
    return this.docOfMap;
  }

  /** Adds or replaces a physician (by id); a soft-deleted row is removed. */
  put(physician: T): void {
    this.remove(physician.id);
    if (physician.deletedAt) return;
    const doc = this.freeDocs.pop() ?? this.rows.length;
    this.rows[doc] = physician;
    this.docOf().set(physician.id, doc);
    this.live++;
    const entries: number[] = [];
    const add = (text: string, field: number) => {
      for (const word of splitWords(text)) {
        const id = this.dictionary.intern(word);
        const entry = id * 8 + field;
        if (entries.includes(entry)) continue;
        entries.push(entry);
        this.dictionary.addPosting(id, doc * 8 + field);
      }
    };
    add(physician.last, fields.last);
    add(physician.first, fields.first);
    add(physician.middle, fields.middle);
    if (physician.npi) add(physician.npi, fields.npi);
    add(physician.practiceName, fields.practice);
    add(physician.specialty, fields.specialty);
    this.docTokens[doc] = Int32Array.from(entries);
    this.scratch.ensure(doc + 1);
  }

  /** Removes a physician by id (no-op when absent). */
  remove(id: string): void {
    const docOf = this.docOf();
    const doc = docOf.get(id);
    if (doc === undefined) return;
    for (const entry of this.tokensOf(doc)) this.dictionary.removePostings(entry >> 3, doc);
    this.rows[doc] = null;
    this.docTokens[doc] = undefined;
    docOf.delete(id);
    this.freeDocs.push(doc);
    this.live--;
  }

  /** The best hits for what the user typed so far (empty query, empty result). */
  search(query: string, options: SearchOptions<T> = {}): SearchHit<T>[] {
    const words = splitWords(query).slice(0, maxQueryWords);
    if (words.length === 0) return [];
    const matches = words.map((word, i) => matchWord(this.dictionary, word, i === words.length - 1));
    // Drive from the word with the fewest postings; check the others on each candidate's own tokens.
    let driver = 0;
    const costs = matches.map((m) => this.postingCount(m));
    for (let i = 1; i < costs.length; i++) if ((costs[i] as number) < (costs[driver] as number)) driver = i;
    const others = matches.filter((_, i) => i !== driver);
    const limit = options.limit ?? 20;
    // One word and no boost: the best tokens first, stopping once the top `limit` is settled (short prefixes).
    const stopAfter = words.length === 1 && !options.boost ? limit : 0;
    const { candidates, best } = this.scratch;
    const count = this.scratch.score(this.dictionary, matches[driver] as Map<number, number>, stopAfter);
    const top = new TopResults(limit);
    for (let c = 0; c < count; c++) {
      const doc = candidates[c] as number;
      let score = best[doc] as number;
      for (const other of others) {
        const s = this.bestFor(doc, other);
        if (s === 0) {
          score = 0;
          break;
        }
        score += s;
      }
      if (score === 0) continue;
      top.offer(doc, options.boost ? options.boost(this.row(doc) as T, score) : score);
    }
    return top.sorted().map(({ doc, score }) => ({ physician: this.row(doc) as T, score }));
  }

  private bestFor(doc: number, matched: Map<number, number>): number {
    let best = 0;
    const tokens = this.tokensOf(doc);
    for (let i = 0; i < tokens.length; i++) {
      const entry = tokens[i] as number;
      const q = matched.get(entry >> 3);
      if (q !== undefined) best = Math.max(best, q + (fieldWeight[entry & 7] as number));
    }
    return best;
  }

  private postingCount(matched: Map<number, number>): number {
    let n = 0;
    for (const id of matched.keys()) n += this.dictionary.list(id).length;
    return n;
  }
}
