import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { entryOf } from './map-entry';
import { median, toDays } from './median';
import type { OutreachFacts } from './prepare';
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
  const byPractice = new Map<string, Tally>();
  const byTopic = new Map<string, Tally>();
  const practices = new Set<string>();
  for (const o of view.outreach) {
    const c = o.concern;
    if (!c || o.atMs < view.startMs || o.atMs >= view.endMs || o.atMs > nowMs) continue;
    if (view.serviceLines && !o.topics.some((t) => view.serviceLines?.has(t))) continue;
    const resolved = c.resolvedMs !== null && c.resolvedMs <= nowMs;
    const ms = Math.max(0, (resolved ? (c.resolvedMs as number) : nowMs) - o.atMs);
    total.add(resolved, ms);
    tallyIn(byCategory, c.category).add(resolved, ms);
    for (const key of practicesOf(view, o, practices)) tallyIn(byPractice, key).add(resolved, ms);
    for (const topic of o.topics.length > 0 ? new Set(o.topics) : [noTopicLabel])
      tallyIn(byTopic, topic).add(resolved, ms);
  }
  const names = view.data.practiceNames;
  return {
    total: total.group('All concerns'),
    byCategory: groups(byCategory, (k) => k),
    byPractice: groups(byPractice, (k) => (k ? names.get(k) || k : noPracticeLabel)),
    byServiceLine: groups(byTopic, (k) => k),
  };
}

function tallyIn(map: Map<string, Tally>, key: string): Tally {
  return entryOf(map, key, () => new Tally());
}

function practicesOf(view: DashboardView, o: OutreachFacts, into: Set<string>): Set<string> {
  into.clear();
  if (o.practiceKey !== null) into.add(o.practiceKey);
  else for (const i of o.physicians) into.add(view.data.physicians[i]?.practiceKey ?? '');
  if (into.size === 0) into.add('');
  return into;
}

function groups(map: Map<string, Tally>, label: (key: string) => string): ConcernGroup[] {
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
