/** The median (mean of the two middle values for an even count), or null for no values. */
export function median(values: ArrayLike<number>): number | null {
  return values.length === 0 ? null : medianInPlace(Float64Array.from(values));
}

/** The median of a typed array that may be reordered (no copy), or null when empty. */
export function medianInPlace(a: Float64Array): number | null {
  const n = a.length;
  if (n === 0) return null;
  // Selection instead of a full sort: the funnel takes medians of up to 100,000 stage times per filter change.
  const mid = n >> 1;
  const upper = select(a, mid, 0, n - 1);
  if (n % 2 === 1) return upper;
  // After selecting `mid`, everything left of it is ≤ it: the lower middle is the largest of those.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < mid; i++) if ((a[i] as number) > lower) lower = a[i] as number;
  return (lower + upper) / 2;
}

/** Hoare's quickselect: puts the k-th smallest of a[lo..hi] at a[k] (smaller ones left of it) and returns it. */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    // Median of three as the pivot keeps sorted input (time-ordered referrals) from the quadratic case.
    const m = (lo + hi) >> 1;
    const x = a[lo] as number;
    const y = a[m] as number;
    const z = a[hi] as number;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}

export const dayMs = 86_400_000;

/** Milliseconds as days, rounded to one decimal for tables and CSV. */
export function toDays(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / dayMs) * 10) / 10;
}
