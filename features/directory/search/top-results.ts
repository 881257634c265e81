/**
 * The best `limit` (doc, score) pairs of a stream, in a binary min-heap: O(n log limit), and most
 * candidates cost one comparison with the current worst. Ties go to the lower doc number (added
 * first), so results are stable from one keystroke to the next.
 */
export class TopResults {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly limit: number) {}

  offer(doc: number, score: number): void {
    const size = this.docs.length;
    if (size < this.limit) {
      this.docs.push(doc);
      this.scores.push(score);
      this.up(size);
    } else if (size > 0 && this.worse(0, doc, score)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** Docs best first. */
  sorted(): Array<{ doc: number; score: number }> {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i] as number }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  // True when the entry at i ranks below (doc, score).
  private worse(i: number, doc: number, score: number): boolean {
    const s = this.scores[i] as number;
    return s < score || (s === score && (this.docs[i] as number) > doc);
  }

  private swap(i: number, j: number): void {
    [this.docs[i], this.docs[j]] = [this.docs[j] as number, this.docs[i] as number];
    [this.scores[i], this.scores[j]] = [this.scores[j] as number, this.scores[i] as number];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, this.docs[parent] as number, this.scores[parent] as number)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < this.docs.length && this.worse(child, this.docs[worst] as number, this.scores[worst] as number)) {
          worst = child;
        }
      }
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
