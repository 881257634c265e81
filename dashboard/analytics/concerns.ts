import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { entryOf } from './map-entry';
import { median, toDays } from './median';
import { noPracticeLabel } from './referral-volume';

export const noTopicLabel = '(no topic)';

export interface ConcernGroup {
  /** Category, practice name or service line (topic). */
  label: string;
  open: number;
  resolved: number;
  /** Median days from the outreach that raised it to its resolution, over resolved concerns. */
  medianDaysToResolve: number | null;
  /** Median days open so far, over concerns still open. */
  medianDaysOpen: number | null;
}

export interface PhysicianConcerns {
  total: ConcernGroup;
  byCategory: ConcernGroup[];
  byPractice: ConcernGroup[];
  byServiceLine: ConcernGroup[];
}

class Tally {
  readonly resolvedMs: number[] = [];
  readonly openMs: number[] = [];
  add(resolved: boolean, ms: number) {
    (resolved ? this.resolvedMs : this.openMs).push(ms);
  }
  group(label: string): ConcernGroup {
    return {
      label,
      open: this.openMs.length,
      resolved: this.resolvedMs.length,
      medianDaysToResolve: toDays(median(this.resolvedMs)),
      medianDaysOpen: toDays(median(this.openMs)),
    };
  }
}

/**
 * Concerns raised in outreach within the date range (and, with a service line filter, tagged with one of those
 * topics), open or resolved as of `nowMs`, by category, practice and service line (outreach topic).
 * A concern with several topics or practices counts once in each of them.
 */
export function physicianConcerns(view: DashboardView, nowMs: number): PhysicianConcerns {
  const total = new Tally();
  const byCategory = new Map<string, Tally>();
  const byPractice = new Map<number, Tally>();
  const byTopic = new Map<string, Tally>();
  const practices = new Set<number>();
  for (const c of view.concerns) {
    if (c.atMs < view.startMs || c.atMs >= view.endMs || c.atMs > nowMs) continue;
    if (view.serviceLines && !c.topics.some((t) => view.serviceLines?.has(t))) continue;
    const resolved = c.resolvedMs !== null && c.resolvedMs <= nowMs;
    const ms = Math.max(0, (resolved ? (c.resolvedMs as number) : nowMs) - c.atMs);
    total.add(resolved, ms);
    tallyIn(byCategory, c.category).add(resolved, ms);
    for (const key of practicesOf(view, c.outreach, practices)) tallyIn(byPractice, key).add(resolved, ms);
    for (const topic of c.topics.length > 0 ? new Set(c.topics) : [noTopicLabel])
      tallyIn(byTopic, topic).add(resolved, ms);
  }
  const names = view.data.practices;
  return {
    total: total.group('All concerns'),
    byCategory: groups(byCategory, (k) => k),
    byPractice: groups(byPractice, (k) => names[k]?.name || noPracticeLabel),
    byServiceLine: groups(byTopic, (k) => k),
  };
}

function tallyIn<K>(map: Map<K, Tally>, key: K): Tally {
  return entryOf(map, key, () => new Tally());
}

/** The practices a concern belongs to: the outreach's practice, else its physicians' (-1 = none). */
function practicesOf(view: DashboardView, outreach: number, into: Set<number>): Set<number> {
  into.clear();
  const { practice, physicianStart, physicianList } = view.data.outreach;
  const own = practice[outreach] as number;
  if (own >= 0) into.add(own);
  else {
    for (let j = physicianStart[outreach] as number; j < (physicianStart[outreach + 1] as number); j++) {
      into.add(view.data.physicians[physicianList[j] as number]?.practice ?? -1);
    }
  }
  if (into.size === 0) into.add(-1);
  return into;
}

function groups<K>(map: Map<K, Tally>, label: (key: K) => string): ConcernGroup[] {
  return [...map]
    .map(([key, t]) => t.group(label(key)))
    .sort((a, b) => b.open - a.open || b.resolved - a.resolved || compareText(a.label, b.label));
}

/** One line per grouping and group: "Category", "Practice" or "Service line". */
export function concernsCsvRows(concerns: PhysicianConcerns): CsvRows {
  const lines = (by: string, list: readonly ConcernGroup[]) =>
    list.map((g) => [by, g.label, g.open, g.resolved, g.medianDaysOpen, g.medianDaysToResolve]);
  return [
    ['Grouped by', 'Group', 'Open', 'Resolved', 'Median days open so far', 'Median days to resolve'],
    ...lines('All', [concerns.total]),
    ...lines('Category', concerns.byCategory),
    ...lines('Practice', concerns.byPractice),
    ...lines('Service line', concerns.byServiceLine),
  ];
}
