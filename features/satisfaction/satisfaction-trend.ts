import type { Outreach } from '../../storage/schemas';

/** A calendar quarter in the user's zone: "2026-Q1". */
export function quarterOf(instant: string): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

/** The last `count` quarters up to the one holding `nowMs`, oldest first. */
export function lastQuarters(nowMs: number, count = 4): string[] {
  const d = new Date(nowMs);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const q = new Date(d.getFullYear(), d.getMonth() - i * 3, 1);
    out.push(quarterOf(q.toISOString()));
  }
  return out;
}

export interface SatisfactionTrend {
  key: string;
  /** Mean score per quarter (null: no score that quarter), aligned with `quarters`. */
  means: (number | null)[];
  scores: number;
}

/**
 * Mean satisfaction (1–5) per quarter, per group: each physician an outreach was with, or its practice (or each
 * physician's practice). `groupsOf` names the groups of an outreach. Groups with no score in the quarters are left out.
 */
export function satisfactionTrend(
  outreach: Iterable<Pick<Outreach, 'at' | 'satisfaction' | 'deletedAt' | 'physicianIds' | 'practiceId'>>,
  quarters: readonly string[],
  groupsOf: (o: Pick<Outreach, 'physicianIds' | 'practiceId'>) => Iterable<string>,
): SatisfactionTrend[] {
  const slot = new Map(quarters.map((q, i) => [q, i]));
  const sums = new Map<string, { sum: number[]; n: number[] }>();
  for (const o of outreach) {
    if (o.deletedAt || o.satisfaction === null) continue;
    const i = slot.get(quarterOf(o.at));
    if (i === undefined) continue;
    for (const key of new Set(groupsOf(o))) {
      let s = sums.get(key);
      if (!s) {
        s = { sum: quarters.map(() => 0), n: quarters.map(() => 0) };
        sums.set(key, s);
      }
      (s.sum[i] as number) += o.satisfaction;
      (s.n[i] as number) += 1;
    }
  }
  return [...sums.entries()]
    .map(([key, s]) => ({
      key,
      means: s.sum.map((sum, i) => (s.n[i] ? Math.round((sum / (s.n[i] as number)) * 10) / 10 : null)),
      scores: s.n.reduce((a, b) => a + b, 0),
    }))
    .sort((a, b) => b.scores - a.scores || a.key.localeCompare(b.key));
}
