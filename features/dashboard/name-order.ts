import { compareText } from './compare-text';
import type { DashboardData } from './prepare';

const ranks = new WeakMap<DashboardData['physicians'], Int32Array>();

/**
 * Each physician's place in name order (compareText; equal names share a place), computed once per prepared data,
 * so the sorts on every filter change compare integers instead of calling the collator ~10⁶ times.
 */
export function physicianNameRank(data: Pick<DashboardData, 'physicians'>): Int32Array {
  let rank = ranks.get(data.physicians);
  if (!rank) {
    rank = labelRank(data.physicians.map((p) => p.name));
    ranks.set(data.physicians, rank);
  }
  return rank;
}

/** Each label's place in compareText order (equal labels share a place): sorts compare integers, not the collator. */
export function labelRank(labels: readonly string[]): Int32Array {
  const order = Array.from(labels.keys()).sort((a, b) => compareText(labels[a] as string, labels[b] as string));
  const rank = new Int32Array(labels.length);
  let place = 0;
  order.forEach((k, i) => {
    const previous = order[i - 1];
    if (previous !== undefined && compareText(labels[previous] as string, labels[k] as string) !== 0) place = i;
    rank[k] = place;
  });
  return rank;
}

const practiceRanks = new WeakMap<DashboardData['practices'], Int32Array>();

/**
 * Practice k's label (its name, or `noPractice` when empty) in compareText order at rank[k + 1]; rank[0] is the
 * "no practice" label itself. Computed once per prepared data.
 */
export function practiceLabelRank(data: Pick<DashboardData, 'practices'>, noPractice: string): Int32Array {
  let rank = practiceRanks.get(data.practices);
  if (!rank) {
    rank = labelRank([noPractice, ...data.practices.map((p) => p.name || noPractice)]);
    practiceRanks.set(data.practices, rank);
  }
  return rank;
}
