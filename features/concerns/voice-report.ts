import { t } from '../../locales/i18n';
import { closedConcernStatuses, type Outreach } from '../../storage/schemas';
import { concernLabels } from '../outreach/labels';
import { daysToResolve, median } from './concern-state';

type Row = Pick<Outreach, 'id' | 'at' | 'concern' | 'satisfaction' | 'deletedAt' | 'physicianIds'>;

/** The local month [start, end) of "YYYY-MM", in ms. */
export function monthRange(month: string): { startMs: number; endMs: number } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { startMs: new Date(y, m - 1, 1).getTime(), endMs: new Date(y, m, 1).getTime() };
}

/** The month before "YYYY-MM" (or `back` months before). */
export function previousMonth(month: string, back = 1): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(y, m - 1 - back, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export interface VoiceCount {
  department: string;
  category: string;
  raised: number;
  resolved: number;
}

export interface OpenConcernAge {
  outreachId: string;
  physicianIds: string[];
  department: string;
  category: string;
  daysOpen: number;
}

export interface VoiceReport {
  month: string;
  raised: number;
  /** Closed (resolved or won't fix) within the month, whenever raised. */
  closed: number;
  medianDaysToResolve: number | null;
  reportedBack: number;
  byDepartmentAndCategory: VoiceCount[];
  /** Still open at the month's end, oldest first. */
  openAging: OpenConcernAge[];
  /** Mean satisfaction in this month and the five before, oldest first. */
  satisfaction: { month: string; mean: number | null; scores: number }[];
}

const dayMs = 86_400_000;
export const noDepartment = t('concerns.noDepartment');

/**
 * The monthly voice-of-the-referrer report for administration: concerns raised and closed in the month by
 * department and category, median days to resolve (of those closed in the month), concerns still open at the
 * month's end with their age, how many were reported back, and the satisfaction trend.
 */
export function voiceReport(rows: readonly Row[], month: string): VoiceReport {
  const { startMs, endMs } = monthRange(month);
  const inMonth = (ms: number) => ms >= startMs && ms < endMs;
  const counts = new Map<string, VoiceCount>();
  const count = (department: string, category: string) => {
    const key = `${department}|${category}`;
    let c = counts.get(key);
    if (!c) {
      c = { department, category, raised: 0, resolved: 0 };
      counts.set(key, c);
    }
    return c;
  };
  const resolveDays: number[] = [];
  const openAging: OpenConcernAge[] = [];
  let raised = 0;
  let closed = 0;
  let reportedBack = 0;
  for (const o of rows) {
    const c = o.concern;
    if (o.deletedAt || !c) continue;
    const raisedMs = Date.parse(o.at);
    const closedMs = c.resolvedAt && closedConcernStatuses.has(c.status) ? Date.parse(c.resolvedAt) : null;
    const department = c.department.trim() || noDepartment;
    const category = concernLabels[c.category];
    if (inMonth(raisedMs)) {
      raised++;
      count(department, category).raised++;
    }
    if (closedMs !== null && inMonth(closedMs)) {
      closed++;
      count(department, category).resolved++;
      resolveDays.push(daysToResolve(o) as number);
    }
    if (c.reportedBackOn?.slice(0, 7) === month) reportedBack++;
    if (raisedMs < endMs && (closedMs === null || closedMs >= endMs)) {
      const daysOpen = Math.floor((endMs - raisedMs) / dayMs);
      openAging.push({ outreachId: o.id, physicianIds: o.physicianIds, department, category, daysOpen });
    }
  }
  const months = [5, 4, 3, 2, 1, 0].map((back) => previousMonth(month, back));
  const satisfaction = months.map((m) => {
    const range = monthRange(m);
    const scores = rows.flatMap((o) => {
      const at = Date.parse(o.at);
      return !o.deletedAt && o.satisfaction !== null && at >= range.startMs && at < range.endMs ? [o.satisfaction] : [];
    });
    const mean = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null;
    return { month: m, mean, scores: scores.length };
  });
  return {
    month,
    raised,
    closed,
    medianDaysToResolve: median(resolveDays),
    reportedBack,
    byDepartmentAndCategory: [...counts.values()].sort(
      (a, b) => b.raised - a.raised || a.department.localeCompare(b.department) || a.category.localeCompare(b.category),
    ),
    openAging: openAging.sort((a, b) => b.daysOpen - a.daysOpen),
    satisfaction,
  };
}

/** A CSV table, header first (the dashboard's CsvRows shape, declared here to keep features/ free of cycles). */
export type VoiceCsv = [header: string[], ...rows: (string | number | null)[][]];

/** The whole report as one CSV table: section, group, measure, value. */
export function voiceReportCsv(r: VoiceReport, physicianName: (id: string) => string): VoiceCsv {
  const rows: VoiceCsv = [[t('concerns.section'), t('concerns.group'), t('concerns.measure'), t('concerns.value')]];
  rows.push([t('concerns.summary'), r.month, t('concerns.concernsRaised'), r.raised]);
  rows.push([t('concerns.summary'), r.month, t('concerns.concernsClosed'), r.closed]);
  rows.push([t('concerns.summary'), r.month, t('concerns.medianDaysToResolve'), r.medianDaysToResolve]);
  rows.push([t('concerns.summary'), r.month, t('concerns.reportedBack'), r.reportedBack]);
  for (const c of r.byDepartmentAndCategory) {
    rows.push([
      t('concerns.byDepartmentAndCategory'),
      `${c.department} / ${c.category}`,
      t('concerns.raised2'),
      c.raised,
    ]);
    rows.push([
      t('concerns.byDepartmentAndCategory'),
      `${c.department} / ${c.category}`,
      t('concerns.closed'),
      c.resolved,
    ]);
  }
  for (const o of r.openAging) {
    const who = o.physicianIds.map(physicianName).join('; ');
    rows.push([
      t('concerns.openAtMonthEnd'),
      `${who} · ${o.department} / ${o.category}`,
      t('concerns.daysOpen'),
      o.daysOpen,
    ]);
  }
  for (const s of r.satisfaction)
    rows.push([t('concerns.satisfaction'), s.month, t('concerns.meanOfScores', { scores: s.scores }), s.mean]);
  return rows;
}
