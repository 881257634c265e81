import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));

import { freshDatabase, repositories, steppingClock } from '../../tests/db';
import { badgeText } from './badge.background';
import { countDue, groupDue, loadDue } from './due';
import { markFollowUpDone, reopenFollowUp, snoozeFollowUp } from './follow-up-actions';
import { addDays, addMonths, localDay, nextLocalMidnight } from './local-day';

const today = '2026-03-10';

async function seeded() {
  const db = await freshDatabase();
  const repos = repositories(db, steppingClock());
  const make = (dueDate: string, extra = {}) => repos.followUps.create({ dueDate, ...extra });
  const rows = {
    lastMonth: await make('2026-02-10'),
    yesterday: await make('2026-03-09'),
    today: await make(today),
    inThree: await make('2026-03-13'),
    inSeven: await make('2026-03-17'),
    inEight: await make('2026-03-18'),
    done: await make('2026-03-01', { status: 'done' }),
    snoozed: await make('2026-03-08', { snoozedUntil: '2026-03-12' }),
    snoozeOver: await make('2026-03-01', { snoozedUntil: today }),
  };
  await repos.followUps.softDelete((await make('2026-03-05')).id);
  return { db, rows };
}

describe('local days', () => {
  it('does calendar arithmetic across months, leap years and DST', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
  it('reads the local day, not the UTC day', () => {
    const lateEvening = new Date(2026, 2, 10, 23, 30);
    expect(localDay(lateEvening)).toBe('2026-03-10');
    const midnight = nextLocalMidnight(lateEvening);
    expect([midnight.getDate(), midnight.getHours()]).toEqual([11, 0]);
  });
});

describe('due follow-ups', () => {
  it('groups overdue, today and the next seven days, leaving out done, deleted, snoozed and later ones', async () => {
    const { db, rows } = await seeded();
    const groups = await loadDue(db, today);
    expect(groups.overdue.map((r) => r.id)).toEqual([rows.lastMonth.id, rows.yesterday.id]);
    // A snooze that ends today brings the follow-up back as due today.
    expect(groups.today.map((r) => r.id)).toEqual([rows.today.id, rows.snoozeOver.id]);
    expect(groups.thisWeek.map((r) => r.id)).toEqual([rows.inThree.id, rows.inSeven.id]);
  });

  it('shows a snoozed follow-up again on its snooze day', async () => {
    const { db, rows } = await seeded();
    const later = await loadDue(db, '2026-03-12');
    expect(later.today.map((r) => r.id)).toContain(rows.snoozed.id);
  });

  it('counts due and overdue for the badge', async () => {
    const { db } = await seeded();
    expect(await countDue(db, today)).toBe(4);
    expect(badgeText(0)).toBe('');
    expect(badgeText(4)).toBe('4');
    expect(badgeText(120)).toBe('99+');
  });

  it('done and snooze take a follow-up off the count; reopen puts it back', async () => {
    const { db, rows } = await seeded();
    const done = await markFollowUpDone(db, rows.today.id);
    expect(done.status).toBe('done');
    expect(done.doneAt).not.toBeNull();
    await snoozeFollowUp(db, rows.yesterday.id, addDays(today, 1));
    expect(await countDue(db, today)).toBe(2);
    expect(await countDue(db, addDays(today, 1))).toBe(3);
    await reopenFollowUp(db, rows.today.id);
    expect(await countDue(db, today)).toBe(3);
  });

  it('groups rows in memory by local day', () => {
    const base = {
      kind: 'manual' as const,
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
      createdBy: '',
      updatedBy: '',
      status: 'open' as const,
      doneAt: null,
      physicianId: null,
      referralId: null,
      outreachId: null,
      sensitive: { text: '' },
      snoozedUntil: null,
    };
    const g = groupDue(
      [
        { ...base, id: 'a', dueDate: '2026-03-11' },
        { ...base, id: 'b', dueDate: '2026-03-09' },
      ],
      today,
    );
    expect(g.overdue.map((r) => r.id)).toEqual(['b']);
    expect(g.thisWeek.map((r) => r.id)).toEqual(['a']);
  });
});
