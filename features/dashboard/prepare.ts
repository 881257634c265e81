import { displayName } from '../directory/display-name';
import { type ConcernFacts, type OutreachColumns, prepareOutreach } from './prepare-outreach';
import { prepareReferrals, type ReferralColumns } from './prepare-referrals';
import { prepareStageColumns, type StageColumns } from './prepare-stages';
import type { NetworkStatus, Outreach, Physician, Practice, Program, Referral } from './rows';

export type { ConcernFacts, OutreachColumns } from './prepare-outreach';
export type { ReferralColumns } from './prepare-referrals';
export type { StageColumns } from './prepare-stages';

/** The rows a dashboard is computed from (soft-deleted rows are ignored). */
export interface DashboardRows {
  physicians: readonly Physician[];
  practices?: readonly Practice[];
  referrals: readonly Referral[];
  outreach: readonly Outreach[];
  /** Programs presented, for the concerns' service lines (schema version 4). */
  programs?: readonly Program[];
}

export interface PhysicianFacts {
  id: string;
  name: string;
  /** Index into DashboardData.practices, or -1 for none. */
  practice: number;
  practiceName: string;
  tags: readonly string[];
  networkStatus: NetworkStatus;
  /** The physician's own visit cadence (null: the settings default). */
  visitEveryDays: number | null;
}

/** A practice: a practice row, or a practice name typed on physicians without one. */
export interface PracticeFacts {
  key: string;
  name: string;
  physicians: number[];
}

/** What the first view (referral volume) needs: physicians, practices and referral columns. */
export interface DashboardCore {
  physicians: PhysicianFacts[];
  practices: PracticeFacts[];
  /** Sorted by receivedMs, so any filtered pass sees each physician's referrals in time order. */
  referrals: ReferralColumns;
  serviceLines: string[];
  tags: string[];
  /** Ids to indexes, for the deferred passes. */
  physicianIndex: ReadonlyMap<string, number>;
  practiceIndex: ReadonlyMap<string, number>;
}

/** Rows parsed once (dates to ms, ids to indexes, columns) so a filter change only re-aggregates. */
export interface DashboardData extends DashboardCore {
  /** Stage times from the referral histories, aligned with `referrals`. */
  stages: StageColumns;
  outreach: OutreachColumns;
  concerns: ConcernFacts[];
}

/** Parses the rows once; the result feeds every dashboard aggregate. */
export function prepareDashboardData(rows: DashboardRows): DashboardData {
  return completeDashboardData(prepareDashboardCore(rows), rows);
}

/** The deferred part of preparing: referral histories, outreach and concerns. */
export function completeDashboardData(core: DashboardCore, rows: DashboardRows): DashboardData {
  const stages = prepareStageColumns(core.referrals, rows.referrals);
  return { ...core, stages, ...prepareOutreach(rows.outreach, core.physicianIndex, core.practiceIndex, rows.programs) };
}

/** Physicians, practices and referral columns: enough for the referral volume, the first thing on screen. */
export function prepareDashboardCore(rows: DashboardRows): DashboardCore {
  const practices: PracticeFacts[] = [];
  const practiceIndex = new Map<string, number>();
  for (const p of rows.practices ?? []) {
    if (p.deletedAt || practiceIndex.has(p.id)) continue;
    practiceIndex.set(p.id, practices.push({ key: p.id, name: p.name, physicians: [] }) - 1);
  }

  const physicians: PhysicianFacts[] = [];
  const physicianIndex = new Map<string, number>();
  const tags = new Set<string>();
  for (const p of rows.physicians) {
    if (p.deletedAt) continue;
    const typedName = p.practiceName.trim();
    const key = p.practiceId ?? typedName;
    let practice = -1;
    if (key) {
      const known = practiceIndex.get(key);
      practice = known ?? practices.push({ key, name: typedName, physicians: [] }) - 1;
      if (known === undefined) practiceIndex.set(key, practice);
    }
    const index = physicians.length;
    physicianIndex.set(p.id, index);
    const facts = practices[practice];
    facts?.physicians.push(index);
    physicians.push({
      id: p.id,
      name: displayName(p),
      practice,
      practiceName: facts?.name ?? '',
      tags: p.tags,
      networkStatus: p.networkStatus,
      visitEveryDays: p.visitEveryDays ?? null,
    });
    for (let t = 0; t < p.tags.length; t++) tags.add(p.tags[t] as string);
  }

  const { referrals, serviceLines } = prepareReferrals(rows.referrals, physicianIndex);
  const sortedTags = [...tags].sort();
  return { physicians, practices, referrals, serviceLines, tags: sortedTags, physicianIndex, practiceIndex };
}
