import type { RoundsDatabase } from '../../storage/database';
import type { Outreach } from '../../storage/schemas';

/** Largest boost for a familiar physician: below the gap between match tiers, so an exact match still wins. */
export const maxFamiliarityBoost = 0.45;
/** Boost for a physician detected on the current portal page: above every other suggestion. */
export const detectedBoost = 1;

const dayMs = 86_400_000;

/**
 * How familiar each physician is from recent outreach: recency (half-life about three weeks) plus frequency
 * (saturating at five visits), scaled to 0..maxFamiliarityBoost.
 */
export function familiarity(rows: readonly Pick<Outreach, 'physicianIds' | 'at'>[], now = Date.now()) {
  const seen = new Map<string, { count: number; last: number }>();
  for (const row of rows) {
    const at = Date.parse(row.at);
    for (const id of row.physicianIds) {
      const s = seen.get(id) ?? { count: 0, last: 0 };
      s.count++;
      s.last = Math.max(s.last, at);
      seen.set(id, s);
    }
  }
  const scores = new Map<string, number>();
  for (const [id, s] of seen) {
    const ageDays = Math.max(0, (now - s.last) / dayMs);
    const recency = 0.5 ** (ageDays / 21);
    const frequency = Math.min(1, s.count / 5);
    scores.set(id, maxFamiliarityBoost * (0.55 * recency + 0.45 * frequency));
  }
  return scores;
}

/** The most recent outreach rows (newest first), for familiarity. */
export function recentOutreach(db: RoundsDatabase, limit = 300): Promise<Outreach[]> {
  return db.outreach
    .orderBy('at')
    .reverse()
    .filter((o) => !o.deletedAt)
    .limit(limit)
    .toArray();
}

/** Physician ids ordered most familiar first. */
export function mostFamiliar(scores: ReadonlyMap<string, number>, limit: number): string[] {
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}
