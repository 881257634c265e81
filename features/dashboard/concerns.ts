import { t } from '../../locales/i18n';
import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { entryOf } from './map-entry';
import { median, toDays } from './median';
import { practiceLabelRank } from './name-order';
import { noPracticeLabel } from './referral-volume';

export const noTopicLabel = t('dashboard.noTopic');

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
  // Practice k's tally at k + 1 (0 = no practice); a stamp per practice counts a concern once in each.
  const practiceCount = view.data.practices.length + 1;
  const byPractice: (Tally | undefined)[] = new Array(practiceCount);
  const practiceOrder: number[] = [];
  const stamp = new Int32Array(practiceCount).fill(-1);
  const byTopic = new Map<string, Tally>();
  const { practice, physicianStart, physicianList } = view.data.outreach;
  const physicians = view.data.physicians;
  const addPractice = (slot: number, c: number, resolved: boolean, ms: number) => {
    if (stamp[slot] === c) return;
    stamp[slot] = c;
    let t = byPractice[slot];
    if (!t) {
      t = new Tally();
      byPractice[slot] = t;
      practiceOrder.push(slot);
    }
    t.add(resolved, ms);
  };
  for (let c = 0; c < view.concerns.length; c++) {
    const concern = view.concerns[c] as DashboardView['concerns'][number];
    const { atMs, topics, outreach } = concern;
    if (atMs < view.startMs || atMs >= view.endMs || atMs > nowMs) continue;
    if (view.serviceLines && !topics.some((t) => view.serviceLines?.has(t))) continue;
    const resolved = concern.resolvedMs !== null && concern.resolvedMs <= nowMs;
    const ms = Math.max(0, (resolved ? (concern.resolvedMs as number) : nowMs) - atMs);
    total.add(resolved, ms);
    tallyIn(byCategory, concern.category).add(resolved, ms);
    // The outreach's practice, else its physicians' practices (each once), else "no practice".
    const own = practice[outreach] as number;
    const from = physicianStart[outreach] as number;
    const to = physicianStart[outreach + 1] as number;
    if (own >= 0) addPractice(own + 1, c, resolved, ms);
    else if (from === to) addPractice(0, c, resolved, ms);
    else
      for (let j = from; j < to; j++)
        addPractice((physicians[physicianList[j] as number]?.practice ?? -1) + 1, c, resolved, ms);
    if (topics.length === 0) tallyIn(byTopic, noTopicLabel).add(resolved, ms);
    for (let t = 0; t < topics.length; t++) {
      const topic = topics[t] as string;
      if (topics.indexOf(topic) === t) tallyIn(byTopic, topic).add(resolved, ms);
    }
  }
  const names = view.data.practices;
  const rank = practiceLabelRank(view.data, noPracticeLabel);
  const practiceGroups = practiceOrder.map((slot) => ({
    slot,
    group: (byPractice[slot] as Tally).group(names[slot - 1]?.name || noPracticeLabel),
  }));
  practiceGroups.sort((a, b) => byCounts(a.group, b.group) || (rank[a.slot] as number) - (rank[b.slot] as number));
  return {
    total: total.group(t('dashboard.allConcerns')),
    byCategory: groups(byCategory, (k) => k),
    byPractice: practiceGroups.map((g) => g.group),
    byServiceLine: groups(byTopic, (k) => k),
  };
}

function tallyIn<K>(map: Map<K, Tally>, key: K): Tally {
  return entryOf(map, key, () => new Tally());
}

const byCounts = (a: ConcernGroup, b: ConcernGroup) => b.open - a.open || b.resolved - a.resolved;

function groups<K>(map: Map<K, Tally>, label: (key: K) => string): ConcernGroup[] {
  return [...map]
    .map(([key, t]) => t.group(label(key)))
    .sort((a, b) => byCounts(a, b) || compareText(a.label, b.label));
}

/** One line per grouping and group: "Category", "Practice" or "Service line". */
export function concernsCsvRows(concerns: PhysicianConcerns): CsvRows {
  const lines = (by: string, list: readonly ConcernGroup[]) =>
    list.map((g) => [by, g.label, g.open, g.resolved, g.medianDaysOpen, g.medianDaysToResolve]);
  return [
    [
      t('dashboard.groupedBy'),
      t('dashboard.group'),
      t('dashboard.open'),
      t('dashboard.resolved'),
      t('dashboard.medianDaysOpenSoFar'),
      t('dashboard.medianDaysToResolve'),
    ],
    ...lines(t('dashboard.all'), [concerns.total]),
    ...lines(t('dashboard.category'), concerns.byCategory),
    ...lines(t('dashboard.practice'), concerns.byPractice),
    ...lines(t('dashboard.serviceLine'), concerns.byServiceLine),
  ];
}
