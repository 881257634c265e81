import type { RoundsDatabase } from '../../storage/database';
import type { FollowUp } from '../../storage/schemas';
import { addDays } from './local-day';

/** How far ahead "this week" reaches: the next seven days after today. */
export const weekAhead = 7;

export interface DueGroups<T> {
  overdue: T[];
  today: T[];
  thisWeek: T[];
}

/** Open, not deleted, and not snoozed past `today`. */
export function isActive(row: FollowUp, today: string): boolean {
  return row.status === 'open' && !row.deletedAt && (!row.snoozedUntil || row.snoozedUntil <= today);
}

/** Splits follow-ups into overdue (before today), today, and this week (the next 7 days); later ones are left out. */
export function groupDue<T extends FollowUp>(rows: readonly T[], today: string): DueGroups<T> {
  const groups: DueGroups<T> = { overdue: [], today: [], thisWeek: [] };
  const horizon = addDays(today, weekAhead);
  for (const row of rows) {
    if (!isActive(row, today)) continue;
    const due = effectiveDue(row);
    if (due < today) groups.overdue.push(row);
    else if (due === today) groups.today.push(row);
    else if (due <= horizon) groups.thisWeek.push(row);
  }
  for (const list of [groups.overdue, groups.today, groups.thisWeek]) {
    list.sort((a, b) => effectiveDue(a).localeCompare(effectiveDue(b)) || a.createdAt.localeCompare(b.createdAt));
  }
  return groups;
}

/** The day a follow-up shows as due: its due date, or the snooze end when that is later. */
export function effectiveDue(row: FollowUp): string {
  return row.snoozedUntil && row.snoozedUntil > row.dueDate ? row.snoozedUntil : row.dueDate;
}

/** Open follow-ups due on or before `until` (the [status+dueDate] index; snoozed ones filtered after). */
export function openFollowUpsUntil(db: RoundsDatabase, until: string): Promise<FollowUp[]> {
  return db.followUps.where('[status+dueDate]').between(['open', ''], ['open', until], true, true).toArray();
}

/** Follow-ups for the popup list: overdue, today and this week. */
export async function loadDue(db: RoundsDatabase, today: string): Promise<DueGroups<FollowUp>> {
  const horizon = addDays(today, weekAhead);
  return groupDue(await openFollowUpsUntil(db, horizon), today);
}

/** The badge number: open follow-ups due today or overdue (snoozed ones wait for their day). */
export async function countDue(db: RoundsDatabase, today: string): Promise<number> {
  const rows = await openFollowUpsUntil(db, today);
  let n = 0;
  for (const row of rows) if (isActive(row, today)) n++;
  return n;
}
