import { uiLocale } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { inPersonActivities, type MonthlyGoals, type Outreach, type Referral } from '../../storage/schemas';

/** Which goal an outreach counts towards besides touches (every outreach is a touch). */
const eventActivities: ReadonlySet<string> = new Set(['event', 'lunch-and-learn']);

export type GoalKey = keyof MonthlyGoals;
export type MonthCounts = Record<GoalKey, number>;

/** The local calendar month holding `now`, as instants: [start, end). DST and month lengths come from the zone. */
export function monthRange(now: Date): { start: Date; end: Date; label: string } {
  const start = new Date(now.getFullYear(), now.getMonth(), 1);
  const end = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  const label = new Intl.DateTimeFormat(uiLocale(), { month: 'long', year: 'numeric' }).format(start);
  return { start, end, label };
}

/**
 * What a month counts: visits (in-person outreach), touches (every outreach), events (events, lunch-and-learns),
 * new referrers (physicians whose first referral arrived this month). Pure, over rows of the month.
 */
export function countMonth(
  outreach: readonly Outreach[],
  referralsInMonth: readonly Referral[],
  referredBefore: ReadonlySet<string>,
): MonthCounts {
  const counts: MonthCounts = { visits: 0, touches: 0, newReferrers: 0, events: 0 };
  for (const o of outreach) {
    if (o.deletedAt) continue;
    counts.touches++;
    if (inPersonActivities.has(o.type)) counts.visits++;
    if (eventActivities.has(o.type)) counts.events++;
  }
  const fresh = new Set<string>();
  for (const r of referralsInMonth) if (!r.deletedAt && !referredBefore.has(r.physicianId)) fresh.add(r.physicianId);
  counts.newReferrers = fresh.size;
  return counts;
}

/** The month's counts from the database: the `at` and `receivedAt` indexes bound the reads to the month. */
export async function loadMonthCounts(db: RoundsDatabase, now = new Date()): Promise<MonthCounts> {
  const { start, end } = monthRange(now);
  const [from, to] = [start.toISOString(), end.toISOString()];
  const [outreach, referrals] = await Promise.all([
    db.outreach.where('at').between(from, to, true, false).toArray(),
    db.referrals.where('receivedAt').between(from, to, true, false).toArray(),
  ]);
  const ids = [...new Set(referrals.map((r) => r.physicianId))];
  const earlier = await db.referrals
    .where('physicianId')
    .anyOf(ids)
    .filter((r) => !r.deletedAt && r.receivedAt < from)
    .toArray();
  return countMonth(outreach, referrals, new Set(earlier.map((r) => r.physicianId)));
}
