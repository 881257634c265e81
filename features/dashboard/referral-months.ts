import type { ReferralColumns } from './prepare-referrals';
import { type MonthIndex, monthBucketer, monthStartMs } from './zoned-time';

const cache = new WeakMap<ReferralColumns, Map<string, Int32Array>>();

/**
 * The local month of every referral in the zone, computed once per prepared data and zone (filter changes reuse it).
 * The referrals are in time order, so one month boundary is tracked and moved forward: the zone's month starts
 * (Intl, cached) are consulted only when the month changes, not per referral.
 */
export function referralMonths(referrals: ReferralColumns, timeZone: string): Int32Array {
  let byZone = cache.get(referrals);
  if (!byZone) {
    byZone = new Map();
    cache.set(referrals, byZone);
  }
  let months = byZone.get(timeZone);
  if (!months) {
    months = monthsInTimeOrder(referrals, timeZone);
    byZone.set(timeZone, months);
  }
  return months;
}

function monthsInTimeOrder(referrals: ReferralColumns, timeZone: string): Int32Array {
  const bucket = monthBucketer(timeZone);
  const { count, receivedMs } = referrals;
  const monthOf = new Int32Array(count);
  let month: MonthIndex = 0;
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const ms = receivedMs[i] as number;
    if (ms < startMs || ms >= endMs) {
      month = bucket(ms);
      startMs = monthStartMs(month, timeZone);
      endMs = monthStartMs(month + 1, timeZone);
    }
    monthOf[i] = month;
  }
  return monthOf;
}
