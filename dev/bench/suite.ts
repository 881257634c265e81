import type { RoundsDatabase } from '../../storage/database';

/** One measured number, printed as a table row and written to the results JSON. */
export interface BenchRow {
  suite: string;
  name: string;
  value: number;
  unit: string;
  /** The same measurement for the baseline a user would otherwise pick, in the same run. */
  baseline?: { name: string; value: number };
  /** The budget from the issue, e.g. "<= 2 ms"; `pass` says whether the value meets it. */
  budget?: string;
  pass?: boolean;
}

export interface BenchContext {
  /** The extension's database, seeded at real scale before suites run (see dev/bench/seed-scale.ts). */
  db: RoundsDatabase;
  seeded: { physicians: number; practices: number; notes: number; outreach: number; referrals: number };
  log: (message: string) => void;
}

/** A suite runs inside the bench extension page (real Chromium, real IndexedDB). */
export interface BenchSuite {
  name: string;
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
}

/** Percentile of a list of numbers (p in 0..100), nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]) => percentile(values, 50);
