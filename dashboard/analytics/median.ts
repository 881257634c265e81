/** The median (mean of the two middle values for an even count), or null for no values. */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const dayMs = 86_400_000;

/** Milliseconds as days, rounded to one decimal for tables and CSV. */
export function toDays(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / dayMs) * 10) / 10;
}
