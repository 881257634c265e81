import { t } from '../../locales/i18n';
import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { entryOf } from './map-entry';
import { dayMs } from './median';
import { physicianNameRank } from './name-order';
import { lastOutreachMs } from './outreach-activity';

export const noTagLabel = t('dashboard.noTag');

export interface UncoveredPhysician {
  physicianId: string;
  name: string;
  practice: string;
  /** Last outreach up to now, directly or with their practice; null if never. */
  lastOutreachAt: string | null;
  daysSinceOutreach: number | null;
}

export interface CoverageGroup {
  /** A physician tag (territory), or "(no tag)". */
  tag: string;
  physicians: number;
  uncovered: number;
  /** Never reached first, then longest ago; ties by name. */
  rows: UncoveredPhysician[];
}

/**
 * Physicians passing the filters with no outreach within their visit cadence up to `nowMs` (their own
 * `visitEveryDays`, or `days`, the settings default), grouped by tag.
 * Outreach logged against a practice covers its physicians. A physician with several tags is in each group;
 * when a tag filter is set, only those tags are shown. Topic and date filters do not apply: any visit covers.
 */
export function coverageByTag(view: DashboardView, nowMs: number, days = 60): CoverageGroup[] {
  const physicians = view.data.physicians;
  const last = lastOutreachMs(view, nowMs);
  const cutoffOf = (every: number | null) => nowMs - (every ?? days) * dayMs;
  const shownTags = view.tagFilter;
  // Per group: counts and the uncovered physicians' indexes; rows are built after sorting the indexes.
  const groups = new Map<string, { tag: string; physicians: number; uncovered: number[] }>();
  const groupFor = (tag: string) => entryOf(groups, tag, () => ({ tag, physicians: 0, uncovered: [] }));
  const age = new Float64Array(physicians.length);
  for (let i = 0; i < physicians.length; i++) {
    if (view.physicianIncluded[i] !== 1) continue;
    const lastMs = last[i] as number;
    const { tags, visitEveryDays } = physicians[i] as (typeof physicians)[number];
    const uncovered = lastMs < cutoffOf(visitEveryDays);
    age[i] = Number.isFinite(lastMs) ? Math.floor((nowMs - lastMs) / dayMs) : Number.POSITIVE_INFINITY;
    for (const tag of tags.length > 0 ? tags : [noTagLabel]) {
      if (shownTags && !shownTags.has(tag)) continue;
      const g = groupFor(tag);
      g.physicians += 1;
      if (uncovered) g.uncovered.push(i);
    }
  }
  // Never reached first, then longest ago; ties by name through the cached name order, then physician order.
  const rank = physicianNameRank(view.data);
  const byAge = (a: number, b: number) =>
    (age[b] as number) - (age[a] as number) || (rank[a] as number) - (rank[b] as number) || a - b;
  const result: CoverageGroup[] = [];
  for (const g of groups.values()) {
    g.uncovered.sort(byAge);
    const rows = g.uncovered.map((i): UncoveredPhysician => {
      const p = physicians[i] as (typeof physicians)[number];
      const known = Number.isFinite(last[i] as number);
      return {
        physicianId: p.id,
        name: p.name,
        practice: p.practiceName,
        lastOutreachAt: known ? new Date(last[i] as number).toISOString() : null,
        daysSinceOutreach: known ? (age[i] as number) : null,
      };
    });
    result.push({ tag: g.tag, physicians: g.physicians, uncovered: rows.length, rows });
  }
  return result.sort((a, b) => b.uncovered - a.uncovered || compareText(a.tag, b.tag));
}

/** One line per tag: physicians, without outreach, and the share. */
export function coverageSummaryCsvRows(groups: readonly CoverageGroup[]): CsvRows {
  return [
    [t('dashboard.tag'), t('dashboard.physicians'), t('dashboard.withoutOutreach'), t('dashboard.withoutOutreach2')],
    ...groups.map((g) => [
      g.tag,
      g.physicians,
      g.uncovered,
      g.physicians ? Math.round((g.uncovered / g.physicians) * 1000) / 10 : 0,
    ]),
  ];
}

/** One line per tag and uncovered physician. */
export function coverageCsvRows(groups: readonly CoverageGroup[]): CsvRows {
  return [
    [
      t('dashboard.tag'),
      t('dashboard.physician'),
      t('dashboard.practice'),
      t('dashboard.lastOutreach'),
      t('dashboard.daysSinceOutreach'),
    ],
    ...groups.flatMap((g) => g.rows.map((r) => [g.tag, r.name, r.practice, r.lastOutreachAt, r.daysSinceOutreach])),
  ];
}
