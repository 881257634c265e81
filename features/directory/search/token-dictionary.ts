/**
 * Unique folded tokens with their postings. Kept sorted (binary search + splice on insert) so a
 * prefix is one contiguous range; letter masks and lengths let the typo scan skip most tokens
 * without computing a distance.
 */
export class TokenDictionary {
  readonly tokens: string[] = [];
  /**
   * Per token id: entries `doc * 8 + field` (plain arrays of small ints: V8 stores them unboxed). In a dictionary
   * unpacked from the stored index, a token's list is a range of one packed array until it first changes (`list`).
   */
  private readonly postings: Array<number[] | undefined> = [];
  private packed: { postings: Int32Array; start: Int32Array } | null = null;
  /** Token ids ordered by token text. */
  readonly sorted: number[] = [];
  /** Ids of alphabetic tokens, the only ones the typo scan looks at (never NPIs). */
  readonly wordIds: number[] = [];
  masks: Int32Array<ArrayBufferLike> = new Int32Array(1024);
  lengths: Uint8Array<ArrayBufferLike> = new Uint8Array(1024);
  /** Token → id, built on first need (an unpacked dictionary answers searches without it). */
  private ids: Map<string, number> | null = new Map();
  /** New ids not yet in `sorted`: placed one by one when few, by one sort after a bulk load. */
  private readonly pending: number[] = [];

  /** A dictionary over packed parts (packed-index.ts). */
  static unpack(parts: {
    tokens: string[];
    sorted: Int32Array;
    postingStart: Int32Array;
    postings: Int32Array;
    masks: Int32Array;
    lengths: Uint8Array;
    wordIds: Int32Array;
  }): TokenDictionary {
    const d = new TokenDictionary();
    d.ids = null;
    for (const token of parts.tokens) d.tokens.push(token);
    d.packed = { postings: parts.postings, start: parts.postingStart };
    d.postings.length = parts.tokens.length;
    for (const id of parts.sorted) d.sorted.push(id);
    for (const id of parts.wordIds) d.wordIds.push(id);
    d.masks = parts.masks;
    d.lengths = parts.lengths;
    return d;
  }

  /** The token's postings (read only: change them through addPosting / removePostings). */
  list(id: number): readonly number[] | Int32Array {
    const own = this.postings[id];
    if (own) return own;
    const p = this.packed;
    return p ? p.postings.subarray(p.start[id], p.start[id + 1]) : [];
  }

  private idMap(): Map<string, number> {
    if (!this.ids) {
      this.ids = new Map();
      for (const [id, token] of this.tokens.entries()) this.ids.set(token, id);
    }
    return this.ids;
  }

  /** The token's id, or undefined when it was never indexed. */
  idOf(token: string): number | undefined {
    return this.idMap().get(token);
  }

  /** Adds one posting to the token's list. */
  addPosting(id: number, entry: number): void {
    this.writable(id).push(entry);
  }

  /** The token's id, adding it (in sorted position) when new. */
  intern(token: string): number {
    const ids = this.idMap();
    const known = ids.get(token);
    if (known !== undefined) return known;
    const id = this.tokens.length;
    this.tokens.push(token);
    this.postings.push([]);
    ids.set(token, id);
    this.pending.push(id);
    if (id >= this.masks.length) this.grow(Math.max(1024, id * 2));
    this.masks[id] = letterMask(token);
    this.lengths[id] = Math.min(token.length, 255);
    if (!/\d/.test(token)) this.wordIds.push(id);
    return id;
  }

  /** Calls `visit` with each token id whose text starts with `prefix` (the exact token included). */
  forEachWithPrefix(prefix: string, visit: (id: number) => void): void {
    this.settle();
    for (let i = this.lowerBound(prefix); i < this.sorted.length; i++) {
      const id = this.sorted[i] as number;
      if (!(this.tokens[id] as string).startsWith(prefix)) return;
      visit(id);
    }
  }

  /** Removes every posting of `doc` from the token's list (order does not matter: swap with the last). */
  removePostings(id: number, doc: number): void {
    const list = this.writable(id);
    for (let i = list.length - 1; i >= 0; i--) {
      if ((list[i] as number) >> 3 !== doc) continue;
      list[i] = list[list.length - 1] as number;
      list.pop();
    }
  }

  /** Puts pending tokens in order (index builds call it so the first keystroke does not pay). */
  settle(): void {
    if (this.pending.length === 0) return;
    if (this.pending.length < 64) {
      for (const id of this.pending) this.sorted.splice(this.lowerBound(this.tokens[id] as string), 0, id);
    } else {
      for (const id of this.pending) this.sorted.push(id);
      const tokens = this.tokens;
      this.sorted.sort((a, b) => ((tokens[a] as string) < (tokens[b] as string) ? -1 : 1));
    }
    this.pending.length = 0;
  }

  private writable(id: number): number[] {
    const own = this.postings[id];
    if (own) return own;
    const copy = Array.from(this.list(id));
    this.postings[id] = copy;
    return copy;
  }

  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[this.sorted[mid] as number] as string) < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private grow(size: number): void {
    const masks = new Int32Array(size);
    masks.set(this.masks);
    const lengths = new Uint8Array(size);
    lengths.set(this.lengths);
    this.masks = masks;
    this.lengths = lengths;
  }
}

/** One bit per letter a–z present (bit 26 for anything else): an edit changes at most two bits. */
export function letterMask(token: string): number {
  let mask = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) - 97;
    mask |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return mask;
}

/** Number of set bits. */
export function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
