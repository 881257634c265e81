import { type StageStay, stageStays } from '../../referrals/time-in-stages';
import type { ConcernCategory, NetworkStatus, Outreach, Physician, Practice, Referral, ReferralStatus } from './rows';

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
  /** practiceId, else the typed practice name, else '' (no practice). */
  practiceKey: string;
  practiceName: string;
  tags: readonly string[];
  networkStatus: NetworkStatus;
}

export interface ReferralFacts {
  id: string;
  /** Index into DashboardData.physicians, or -1 when the physician is deleted or unknown. */
  physician: number;
  serviceLine: string;
  receivedMs: number;
  status: ReferralStatus;
  stays: readonly StageStay[];
}

export interface OutreachFacts {
  physicians: readonly number[];
  practiceKey: string | null;
  atMs: number;
  topics: readonly string[];
  concern: { category: ConcernCategory; resolvedMs: number | null } | null;
}

/** Rows parsed once (dates to ms, ids to indexes) so a filter change only re-aggregates. */
export interface DashboardData {
  physicians: PhysicianFacts[];
  physicianIndex: Map<string, number>;
  practiceNames: Map<string, string>;
  /** Physician indexes per practice key, for practice-level outreach. */
  practicePhysicians: Map<string, number[]>;
  /** Sorted by receivedMs, so any filtered pass sees each physician's referrals in time order. */
  referrals: ReferralFacts[];
  outreach: OutreachFacts[];
  serviceLines: string[];
  tags: string[];
}

/** Parses the rows once; the result feeds every dashboard aggregate. */
export function prepareDashboardData(rows: DashboardRows): DashboardData {
  const practiceNames = new Map<string, string>();
  for (const p of rows.practices ?? []) if (!p.deletedAt) practiceNames.set(p.id, p.name);

  const physicians: PhysicianFacts[] = [];
  const physicianIndex = new Map<string, number>();
  const practicePhysicians = new Map<string, number[]>();
  const tags = new Set<string>();
  for (const p of rows.physicians) {
    if (p.deletedAt) continue;
    const practiceKey = p.practiceId ?? p.practiceName.trim();
    const practiceName = (p.practiceId && practiceNames.get(p.practiceId)) || p.practiceName.trim();
    if (practiceKey && !practiceNames.has(practiceKey)) practiceNames.set(practiceKey, practiceName);
    const index = physicians.length;
    physicianIndex.set(p.id, index);
    physicians.push({
      id: p.id,
      name: physicianName(p),
      practiceKey,
      practiceName,
      tags: p.tags,
      networkStatus: p.networkStatus,
    });
    if (practiceKey) {
      const list = practicePhysicians.get(practiceKey);
      if (list) list.push(index);
      else practicePhysicians.set(practiceKey, [index]);
    }
    for (const t of p.tags) tags.add(t);
  }

  const serviceLines = new Set<string>();
  const referrals: ReferralFacts[] = [];
  for (const r of rows.referrals) {
    if (r.deletedAt) continue;
    const serviceLine = r.serviceLine.trim();
    serviceLines.add(serviceLine);
    referrals.push({
      id: r.id,
      physician: physicianIndex.get(r.physicianId) ?? -1,
      serviceLine,
      receivedMs: Date.parse(r.receivedAt),
      status: r.status,
      stays: stageStays(r.history),
    });
  }
  referrals.sort((a, b) => a.receivedMs - b.receivedMs);

  const outreach: OutreachFacts[] = [];
  for (const o of rows.outreach) {
    if (o.deletedAt) continue;
    const ids: number[] = [];
    for (const id of o.physicianIds) {
      const i = physicianIndex.get(id);
      if (i !== undefined) ids.push(i);
    }
    outreach.push({
      physicians: ids,
      practiceKey: o.practiceId,
      atMs: Date.parse(o.at),
      topics: o.topics,
      concern: o.concern
        ? { category: o.concern.category, resolvedMs: o.concern.resolvedAt ? Date.parse(o.concern.resolvedAt) : null }
        : null,
    });
  }

  return {
    physicians,
    physicianIndex,
    practiceNames,
    practicePhysicians,
    referrals,
    outreach,
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
