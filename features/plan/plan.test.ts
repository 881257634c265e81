import { describe, expect, it } from 'vitest';
import { saveSettings } from '../../storage/settings-store';
import { freshDatabase, repositories } from '../../tests/db';
import { addStop, moveStop, planOfDay, setStopStatus } from './day-plan-store';
import { candidatesOf, loadCandidateData } from './load-candidates';
import { routeUrl } from './route-link';

// 2026-03-09 is a Monday.
const day = '2026-03-09';
const now = new Date('2026-03-09T08:00:00');

async function directory() {
  const db = await freshDatabase();
  const repos = repositories(db);
  const make = (last: string, extra: object = {}) =>
    repos.physicians.create({ last, officeDays: ['mon'], tags: ['north'], ...extra });
  const due = await make('Due'); // visited 30 days ago, cadence 21
  const fresh = await make('Fresh'); // visited 3 days ago
  const never = await make('Never');
  const south = await make('South', { tags: ['south'] });
  const tuesday = await make('Tuesday', { officeDays: ['tue'] });
  const called = await make('Called', { visitEveryDays: 7 }); // a call does not count as a visit
  const weekly = await make('Weekly', { visitEveryDays: 7 }); // visited 7 days ago: due that day
  const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  await repos.outreach.create({ physicianIds: [due.id], type: 'visit', at: at(30) });
  await repos.outreach.create({ physicianIds: [fresh.id], type: 'drop-in', at: at(3) });
  await repos.outreach.create({ physicianIds: [called.id], type: 'call', at: at(1) });
  await repos.outreach.create({ physicianIds: [weekly.id], type: 'hospital-rounds', at: at(7) });
  await repos.followUps.create({ dueDate: '2026-03-08', physicianId: tuesday.id });
  await repos.followUps.create({ dueDate: '2026-03-20', physicianId: fresh.id }); // later than the day
  await saveSettings(db, { defaultVisitEveryDays: 21 });
  return { db, due, fresh, never, south, tuesday, called, weekly };
}

describe('plan candidates', () => {
  it('offers physicians in the office that day and due by cadence, plus open follow-ups, most overdue first', async () => {
    const { db } = await directory();
    const data = await loadCandidateData(db, day, now);
    const names = (tag: string) =>
      candidatesOf(data, tag, new Set()).map((c) => `${c.name}${c.followUp ? ' +follow-up' : ''}`);
    // Due's visit (30 days ago) is older than the read window (the longest cadence, 21 days): no visit in it.
    expect(names('')).toEqual(['Called', 'Due', 'Never', 'South', 'Weekly', 'Tuesday +follow-up']);
    expect(data.windowDays).toBe(21);
    expect(names('north')).toEqual(['Called', 'Due', 'Never', 'Weekly', 'Tuesday +follow-up']);
    expect(data.tags).toEqual(['north', 'south']);
  });

  it('leaves out physicians already planned', async () => {
    const { db, never } = await directory();
    const data = await loadCandidateData(db, day, now);
    expect(candidatesOf(data, '', new Set([never.id])).some((c) => c.physicianId === never.id)).toBe(false);
  });
});

describe('day plan', () => {
  it('adds stops once, reorders them, keeps done and skipped stops', async () => {
    const { db, due, never, weekly } = await directory();
    await addStop(db, day, { physicianId: due.id });
    await addStop(db, day, { physicianId: never.id });
    await addStop(db, day, { physicianId: weekly.id });
    await addStop(db, day, { physicianId: due.id });
    await moveStop(db, day, 2, 0);
    await setStopStatus(db, day, never.id, 'skipped');
    const plan = await planOfDay(db, day);
    expect(plan?.stops.map((s) => [s.physicianId, s.status])).toEqual([
      [weekly.id, 'planned'],
      [due.id, 'planned'],
      [never.id, 'skipped'],
    ]);
    expect(await db.dayPlans.count()).toBe(1);
  });
});

describe('route link', () => {
  it('holds every address in order: origin, waypoints, destination', () => {
    const url = new URL(routeUrl(['1 A St, X', '2 B Ave, Y', '', '3 C Rd, Z']) ?? '');
    expect(url.origin).toBe('https://www.google.com');
    expect(url.searchParams.get('origin')).toBe('1 A St, X');
    expect(url.searchParams.get('waypoints')).toBe('2 B Ave, Y');
    expect(url.searchParams.get('destination')).toBe('3 C Rd, Z');
    expect(routeUrl([])).toBeNull();
  });
});
