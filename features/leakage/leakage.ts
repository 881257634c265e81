import { t } from '../../locales/i18n';
import type { LostReason, Referral } from '../../storage/schemas';

/** How each lost reason reads to a liaison. */
export const lostReasonLabels: Record<LostReason, string> = {
  'access-wait': t('leakage.accessOrWaitTime'),
  insurance: t('leakage.insurance'),
  'patient-preference': t('leakage.patientPreference'),
  'physician-preference': t('leakage.physicianPreference'),
  distance: t('leakage.distance'),
  'service-not-offered': t('leakage.serviceNotOffered'),
  communication: t('leakage.communication'),
  other: t('leakage.other'),
};

export interface LeakageRow {
  competitor: string;
  serviceLine: string;
  reason: LostReason | null;
  count: number;
}

export const unknownCompetitor = t('leakage.notRecorded');
export const noServiceLine = t('leakage.noServiceLine');

/**
 * Lost referrals received in [startMs, endMs), by competitor × service line × reason, most first. Names are
 * grouped as typed after trimming, case-insensitively (the first spelling seen is shown).
 */
export function leakageTable(referrals: Iterable<Referral>, startMs = -Infinity, endMs = Infinity): LeakageRow[] {
  const rows = new Map<string, LeakageRow>();
  const spelling = new Map<string, string>();
  const named = (text: string, none: string) => {
    const t = text.trim();
    if (!t) return none;
    const key = t.toLowerCase();
    if (!spelling.has(key)) spelling.set(key, t);
    return spelling.get(key) as string;
  };
  for (const r of referrals) {
    if (r.deletedAt || r.status !== 'lost') continue;
    const at = Date.parse(r.receivedAt);
    if (at < startMs || at >= endMs) continue;
    const competitor = named(r.lostTo, unknownCompetitor);
    const serviceLine = named(r.serviceLine, noServiceLine);
    const key = `${competitor.toLowerCase()}|${serviceLine.toLowerCase()}|${r.lostReason ?? ''}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { competitor, serviceLine, reason: r.lostReason, count: 1 });
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.competitor.localeCompare(b.competitor) ||
      a.serviceLine.localeCompare(b.serviceLine) ||
      (a.reason ?? '').localeCompare(b.reason ?? ''),
  );
}

export interface SplitReferrer {
  physicianId: string;
  /** Lost in the last period. */
  lost: number;
  /** Kept (not lost) in the last period and in the one before. */
  recent: number;
  before: number;
}

const dayMs = 86_400_000;

/**
 * "Split and declining" referrers: physicians with at least one referral lost to a competitor in the last `days`
 * whose kept referrals (not lost) in the last `days` are fewer than in the `days` before: they split their
 * referrals and our share is shrinking. Most lost first.
 */
export function splitAndDeclining(referrals: Iterable<Referral>, nowMs: number, days = 180): SplitReferrer[] {
  const by = new Map<string, SplitReferrer>();
  const recentFrom = nowMs - days * dayMs;
  const beforeFrom = recentFrom - days * dayMs;
  for (const r of referrals) {
    if (r.deletedAt) continue;
    const at = Date.parse(r.receivedAt);
    if (at < beforeFrom || at > nowMs) continue;
    let s = by.get(r.physicianId);
    if (!s) {
      s = { physicianId: r.physicianId, lost: 0, recent: 0, before: 0 };
      by.set(r.physicianId, s);
    }
    if (r.status === 'lost') {
      if (at >= recentFrom) s.lost++;
    } else if (at >= recentFrom) s.recent++;
    else s.before++;
  }
  return [...by.values()].filter((s) => s.lost > 0 && s.recent < s.before).sort((a, b) => b.lost - a.lost);
}
