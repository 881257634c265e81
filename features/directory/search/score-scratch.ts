import type { TokenDictionary } from './token-dictionary';

/** Ties within a match tier, by field (posting entries are `doc * 8 + field`). */
export const fieldWeight = [0.4, 0.36, 0.2, 0.4, 0.16, 0.16];
const maxFieldWeight = 0.4;

/**
 * Per-doc scratch for one query, stamped so nothing is cleared between keystrokes: the best score per doc over the
 * driving word's tokens, and the docs touched (`candidates`), without garbage per keystroke.
 */
export class ScoreScratch {
  stamp = new Int32Array(1024);
  best = new Float64Array(1024);
  candidates = new Int32Array(1024);
  private queryNumber = 0;

  /** Makes room for docs numbered below `size`. */
  ensure(size: number): void {
    if (size <= this.stamp.length) return;
    const stamp = new Int32Array(size * 2);
    stamp.set(this.stamp);
    const best = new Float64Array(size * 2);
    best.set(this.best);
    this.stamp = stamp;
    this.best = best;
    this.candidates = new Int32Array(size * 2);
  }

  /**
   * Scores the docs of the matched tokens; returns how many candidates. With `stopAfter` (a one-word query, no
   * boost), tokens go best quality first, and once `stopAfter` docs score above anything the remaining tokens can
   * give (their quality + the best field weight), the rest is skipped: the top `stopAfter` cannot change.
   */
  score(dictionary: TokenDictionary, matched: Map<number, number>, stopAfter = 0): number {
    const query = ++this.queryNumber;
    let count = 0;
    const add = (id: number, q: number) => {
      const list = dictionary.list(id);
      for (let i = 0; i < list.length; i++) {
        const entry = list[i] as number;
        const doc = entry >> 3;
        const s = q + (fieldWeight[entry & 7] as number);
        if (this.stamp[doc] !== query) {
          this.stamp[doc] = query;
          this.best[doc] = s;
          this.candidates[count++] = doc;
        } else if (s > (this.best[doc] as number)) this.best[doc] = s;
      }
    };
    if (stopAfter <= 0) {
      for (const [id, q] of matched) add(id, q);
      return count;
    }
    const groups = new Map<number, number[]>();
    for (const [id, q] of matched) {
      const group = groups.get(q);
      if (group) group.push(id);
      else groups.set(q, [id]);
    }
    const qualities = [...groups.keys()].sort((a, b) => b - a);
    for (const [g, q] of qualities.entries()) {
      for (const id of groups.get(q) as number[]) add(id, q);
      const next = qualities[g + 1];
      if (next === undefined || count < stopAfter) continue;
      const bound = next + maxFieldWeight;
      let above = 0;
      for (let c = 0; c < count && above < stopAfter; c++)
        if ((this.best[this.candidates[c] as number] as number) > bound) above++;
      if (above >= stopAfter) break;
    }
    return count;
  }
}
