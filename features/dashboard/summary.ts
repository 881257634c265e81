import type { DashboardView } from './filters';
import type { DashboardCore } from './prepare';
import { monthBucketer, monthStartMs } from './zoned-time';

export interface MonthComparison {
  thisMonth: number;
  lastMonth: number;
  /** Last month's count up to the same point in the month as now: the fair comparison mid-month. */
  lastMonthToDate: number;
}

/** Referrals (passing the filters other than dates) received this local month, last month, and last month to date. */
export function referralsThisAndLastMonth(
  view: DashboardView<DashboardCore>,
  nowMs: number,
  timeZone: string,
): MonthComparison {
  const now = monthBucketer(timeZone)(nowMs);
  const thisStart = monthStartMs(now, timeZone);
  const lastStart = monthStartMs(now - 1, timeZone);
  const sameDayLast = lastStart + (nowMs - thisStart);
  const { receivedMs } = view.data.referrals;
  const counts: MonthComparison = { thisMonth: 0, lastMonth: 0, lastMonthToDate: 0 };
  for (const r of view.referralsAllDates) {
    const ms = receivedMs[r] as number;
    if (ms >= thisStart && ms <= nowMs) counts.thisMonth++;
    else if (ms >= lastStart && ms < thisStart) {
      counts.lastMonth++;
      if (ms <= sameDayLast) counts.lastMonthToDate++;
    }
  }
  return counts;
}
