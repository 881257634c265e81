import { parseInstant } from './parse-instant';
import type { ConcernCategory, Outreach, Program } from './rows';

/**
 * Outreach as columns: 200,000 small objects cost more to build than everything else, and the aggregates
 * only need the date, the physicians and the practice. Outreach i's physicians are
 * physicianList[physicianStart[i] .. physicianStart[i + 1]).
 */
export interface OutreachColumns {
  count: number;
  atMs: Float64Array;
  practice: Int32Array;
  physicianStart: Int32Array;
  physicianList: Int32Array;
}

export interface ConcernFacts {
  /** Index into the outreach columns. */
  outreach: number;
  atMs: number;
  category: ConcernCategory;
  resolvedMs: number | null;
  /** The service lines of the programs presented (a program without one counts under its own name). */
  topics: readonly string[];
}

/** Parses live outreach into columns and collects its concerns, in one pass with no per-row closure. */
export function prepareOutreach(
  rows: readonly Outreach[],
  physicianIndex: ReadonlyMap<string, number>,
  practiceIndex: ReadonlyMap<string, number>,
  programs: readonly Program[] = [],
): { outreach: OutreachColumns; concerns: ConcernFacts[] } {
  const lineOf = new Map(programs.map((p) => [p.id, p.serviceLine || p.name]));
  let live = 0;
  let links = 0;
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i] as Outreach;
    if (o.deletedAt) continue;
    live++;
    links += o.physicianIds.length;
  }
  const outreach: OutreachColumns = {
    count: live,
    atMs: new Float64Array(live),
    practice: new Int32Array(live),
    physicianStart: new Int32Array(live + 1),
    physicianList: new Int32Array(links),
  };
  const { atMs, practice, physicianStart, physicianList } = outreach;
  const concerns: ConcernFacts[] = [];
  let next = 0;
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i] as Outreach;
    if (o.deletedAt) continue;
    const at = parseInstant(o.at);
    atMs[k] = at;
    practice[k] = o.practiceId ? (practiceIndex.get(o.practiceId) ?? -1) : -1;
    physicianStart[k] = next;
    const ids = o.physicianIds;
    for (let j = 0; j < ids.length; j++) {
      const p = physicianIndex.get(ids[j] as string);
      if (p !== undefined) physicianList[next++] = p;
    }
    const concern = o.concern;
    if (concern) {
      const resolvedMs = concern.resolvedAt ? parseInstant(concern.resolvedAt) : null;
      const topics = [...new Set(o.programIds.flatMap((id) => lineOf.get(id) ?? []))];
      concerns.push({ outreach: k, atMs: at, category: concern.category, resolvedMs, topics });
    }
    k++;
  }
  physicianStart[live] = next;
  return { outreach, concerns };
}
