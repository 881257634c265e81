import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { entryOf } from './map-entry';
import { dayMs } from './median';
import { lastOutreachMs } from './outreach-activity';

export const noTagLabel = '(no tag)';

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
 * Physicians passing the filters with no outreach in the `days` days up to `nowMs`, grouped by tag.
 * Outreach logged against a practice covers its physicians. A physician with several tags is in each group;
 * when a tag filter is set, only those tags are shown. Topic and date filters do not apply: any visit covers.
 */
export function coverageByTag(view: DashboardView, nowMs: number, days = 60): CoverageGroup[] {
  const physicians = view.data.physicians;
  const last = lastOutreachMs(view, nowMs);
  const cutoff = nowMs - days * dayMs;
  const shownTags = view.tagFilter;
  const groups = new Map<string, CoverageGroup>();
  const groupFor = (tag: string) => entryOf(groups, tag, () => ({ tag, physicians: 0, uncovered: 0, rows: [] }));
  physicians.forEach((p, i) => {
    if (view.physicianIncluded[i] !== 1) return;
    const lastMs = last[i] as number;
    const tags = p.tags.length > 0 ? p.tags : [noTagLabel];
    const uncovered = lastMs < cutoff;
    const known = Number.isFinite(lastMs);
    for (const tag of tags) {
      if (shownTags && !shownTags.has(tag)) continue;
      const g = groupFor(tag);
      g.physicians += 1;
      if (!uncovered) continue;
      g.uncovered += 1;
      g.rows.push({
        physicianId: p.id,
        name: p.name,
        practice: p.practiceName,
        lastOutreachAt: known ? new Date(lastMs).toISOString() : null,
        daysSinceOutreach: known ? Math.floor((nowMs - lastMs) / dayMs) : null,
      });
    }
  });
  const age = (r: UncoveredPhysician) => r.daysSinceOutreach ?? Number.POSITIVE_INFINITY;
  for (const g of groups.values()) g.rows.sort((a, b) => age(b) - age(a) || compareText(a.name, b.name));
  return [...groups.values()].sort((a, b) => b.uncovered - a.uncovered || compareText(a.tag, b.tag));
}

/** One line per tag: physicians, without outreach, and the share. */
export function coverageSummaryCsvRows(groups: readonly CoverageGroup[]): CsvRows {
  return [
    ['Tag', 'Physicians', 'Without outreach', 'Without outreach %'],
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
    ['Tag', 'Physician', 'Practice', 'Last outreach', 'Days since outreach'],
    ...groups.flatMap((g) => g.rows.map((r) => [g.tag, r.name, r.practice, r.lastOutreachAt, r.daysSinceOutreach])),
  ];
}
