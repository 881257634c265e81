import { compareText } from './compare-text';
import type { DashboardData } from './prepare';

const ranks = new WeakMap<DashboardData, Int32Array>();

/**
 * Each physician's place in name order (compareText; equal names share a place), computed once per prepared data,
 * so the sorts on every filter change compare integers instead of calling the collator ~10⁶ times.
 */
export function physicianNameRank(data: DashboardData): Int32Array {
  let rank = ranks.get(data);
  if (!rank) {
    const { physicians } = data;
    const order = Array.from(physicians.keys()).sort((a, b) =>
      compareText((physicians[a] as { name: string }).name, (physicians[b] as { name: string }).name),
    );
    rank = new Int32Array(physicians.length);
    let place = 0;
    order.forEach((p, i) => {
      const previous = order[i - 1];
      const name = (physicians[p] as { name: string }).name;
      if (previous !== undefined && compareText((physicians[previous] as { name: string }).name, name) !== 0) place = i;
      (rank as Int32Array)[p] = place;
    });
    ranks.set(data, rank);
  }
  return rank;
}
