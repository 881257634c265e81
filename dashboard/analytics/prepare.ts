import { pipelinePosition } from '../../referrals/status-pipeline';
import { parseInstant } from './parse-instant';
import type { ConcernCategory, NetworkStatus, Outreach, Physician, Practice, Referral, ReferralStatus } from './rows';
import { type StageTimes, stageTimes } from './stage-times';

/** The rows a dashboard is computed from (soft-deleted rows are ignored). */
export interface DashboardRows {
  physicians: readonly Physician[];
  practices?: readonly Practice[];
  referrals: readonly Referral[];
  outreach: readonly Outreach[];
}

export interface PhysicianFacts {
  id: string;
  name: string;
  /** Index into DashboardData.practices, or -1 for none. */
  practice: number;
  practiceName: string;
  tags: readonly string[];
  networkStatus: NetworkStatus;
}

/** A practice: a practice row, or a practice name typed on physicians without one. */
export interface PracticeFacts {
  key: string;
  name: string;
  physicians: number[];
}

export interface ReferralFacts extends StageTimes {
  id: string;
  /** Index into DashboardData.physicians, or -1 when the physician is deleted or unknown. */
  physician: number;
  serviceLine: string;
  receivedMs: number;
  status: ReferralStatus;
  /** Pipeline position now: 0 received … 4 closed, -1 cancelled. */
  position: number;
}

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
  topics: readonly string[];
}

/** Rows parsed once (dates to ms, ids to indexes) so a filter change only re-aggregates. */
export interface DashboardData {
  physicians: PhysicianFacts[];
  practices: PracticeFacts[];
  /** Sorted by receivedMs, so any filtered pass sees each physician's referrals in time order. */
  referrals: ReferralFacts[];
  outreach: OutreachColumns;
  concerns: ConcernFacts[];
  serviceLines: string[];
  tags: string[];
}

/** Parses the rows once; the result feeds every dashboard aggregate. */
export function prepareDashboardData(rows: DashboardRows): DashboardData {
  const practices: PracticeFacts[] = [];
  const practiceIndex = new Map<string, number>();
  const practiceOf = (key: string, name: string) => {
    let i = practiceIndex.get(key);
    if (i === undefined) {
      i = practices.push({ key, name, physicians: [] }) - 1;
      practiceIndex.set(key, i);
    }
    return i;
  };
  for (const p of rows.practices ?? []) if (!p.deletedAt) practiceOf(p.id, p.name);

  const physicians: PhysicianFacts[] = [];
  const physicianIndex = new Map<string, number>();
  const tags = new Set<string>();
  for (const p of rows.physicians) {
    if (p.deletedAt) continue;
    const key = p.practiceId ?? p.practiceName.trim();
    const practice = key ? practiceOf(key, p.practiceName.trim()) : -1;
    const index = physicians.length;
    physicianIndex.set(p.id, index);
    practices[practice]?.physicians.push(index);
    const practiceName = practices[practice]?.name ?? '';
    physicians.push({
      id: p.id,
      name: physicianName(p),
      practice,
      practiceName,
      tags: p.tags,
      networkStatus: p.networkStatus,
    });
    for (const t of p.tags) tags.add(t);
  }

  const serviceLines = new Set<string>();
  const referrals: ReferralFacts[] = [];
  for (const r of rows.referrals) {
    if (r.deletedAt) continue;
    const serviceLine = r.serviceLine.trim();
    serviceLines.add(serviceLine);
    const { reached, stageMs } = stageTimes(r.history, r.status);
    referrals.push({
      id: r.id,
      physician: physicianIndex.get(r.physicianId) ?? -1,
      serviceLine,
      receivedMs: parseInstant(r.receivedAt),
      status: r.status,
      position: pipelinePosition(r.status),
      reached,
      stageMs,
    });
  }
  // Rows read through the receivedAt index arrive in order; sort only when they do not.
  if (!referrals.every((r, i) => i === 0 || (referrals[i - 1] as ReferralFacts).receivedMs <= r.receivedMs)) {
    referrals.sort((a, b) => a.receivedMs - b.receivedMs);
  }

  const live = rows.outreach.filter((o) => !o.deletedAt);
  const outreach: OutreachColumns = {
    count: live.length,
    atMs: new Float64Array(live.length),
    practice: new Int32Array(live.length),
    physicianStart: new Int32Array(live.length + 1),
    physicianList: new Int32Array(live.reduce((n, o) => n + o.physicianIds.length, 0)),
  };
  const concerns: ConcernFacts[] = [];
  let next = 0;
  live.forEach((o, i) => {
    outreach.atMs[i] = parseInstant(o.at);
    outreach.practice[i] = o.practiceId ? (practiceIndex.get(o.practiceId) ?? -1) : -1;
    outreach.physicianStart[i] = next;
    for (const id of o.physicianIds) {
      const p = physicianIndex.get(id);
      if (p !== undefined) outreach.physicianList[next++] = p;
    }
    if (o.concern) {
      const resolvedMs = o.concern.resolvedAt ? parseInstant(o.concern.resolvedAt) : null;
      concerns.push({
        outreach: i,
        atMs: outreach.atMs[i] as number,
        category: o.concern.category,
        resolvedMs,
        topics: o.topics,
      });
    }
  });
  outreach.physicianStart[live.length] = next;

  return {
    physicians,
    practices,
    referrals,
    outreach,
    concerns,
    serviceLines: [...serviceLines].sort(),
    tags: [...tags].sort(),
  };
}

/** "Dr Ana Ruiz, MD" style display name. */
export function physicianName(
  p: Pick<Physician, 'prefix' | 'first' | 'middle' | 'last' | 'suffix' | 'credentials'>,
): string {
  const name = [p.prefix, p.first, p.middle, p.last, p.suffix].filter(Boolean).join(' ');
  return p.credentials.length > 0 ? `${name}, ${p.credentials.join(', ')}` : name;
}
