// Three reusable DP rows: no allocation per comparison (the fuzzy scan compares thousands of tokens per keystroke).
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, the common typo "smiht")
 * between `query` and `token`, or between `query` and the closest prefix of `token` when `asPrefix`.
 * Returns a number > max as soon as the distance must exceed `max` (banded early exit).
 */
export function typoDistance(query: string, token: string, max: number, asPrefix: boolean): number {
  const n = query.length;
  const m = asPrefix ? Math.min(token.length, n + max) : token.length;
  if (!asPrefix && Math.abs(m - n) > max) return max + 1;
  if (rows[0].length <= m) rows = [new Int32Array(m * 2), new Int32Array(m * 2), new Int32Array(m * 2)];
  let [before, prev, cur] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const qc = query.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const tc = token.charCodeAt(j - 1);
      const cost = qc === tc ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && qc === token.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  // After the last swap `prev` holds the final row.
  if (!asPrefix) return prev[m] as number;
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, prev[j] as number);
  return best;
}
