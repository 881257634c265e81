import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories } from '../../tests/db';
import { useTimeZone } from '../../tests/time-zone';
import { loadMonthCounts, monthRange } from './monthly-progress';

useTimeZone('America/New_York');

describe('monthly goals progress', () => {
  it('bounds a month by local midnights, across DST', () => {
    // March 2026 starts in EST (UTC-5) and ends in EDT (UTC-4).
    const { start, end } = monthRange(new Date('2026-03-15T12:00:00Z'));
    expect(start.toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(end.toISOString()).toBe('2026-04-01T04:00:00.000Z');
    const feb = monthRange(new Date('2024-02-29T12:00:00Z'));
    expect(feb.end.toISOString()).toBe('2024-03-01T05:00:00.000Z');
  });

  it('counts visits, touches, events and new referrers of the local month only', async () => {
    const db = await freshDatabase();
    const repos = repositories(db);
    const [a, b] = await repos.physicians.createMany([{ last: 'A' }, { last: 'B' }]);
    if (!a || !b) throw new Error('no physicians');
    const log = (type: 'visit' | 'call' | 'lunch-and-learn' | 'hospital-rounds', at: string) =>
      repos.outreach.create({ physicianIds: [a.id], type, at });
    await log('visit', '2026-03-01T05:00:00.000Z'); // 00:00 on 1 March local: in
    await log('call', '2026-03-10T15:00:00.000Z');
    await log('lunch-and-learn', '2026-03-31T23:30:00.000Z'); // 19:30 on 31 March local: in
    await log('hospital-rounds', '2026-04-01T03:30:00.000Z'); // 23:30 on 31 March local (EDT): in
    await log('visit', '2026-04-01T04:00:00.000Z'); // 00:00 on 1 April local: out
    await log('visit', '2026-03-01T04:59:00.000Z'); // 23:59 on 28 February local: out
    await repos.referrals.create({ physicianId: a.id, receivedAt: '2026-02-20T15:00:00.000Z' });
    await repos.referrals.create({ physicianId: a.id, receivedAt: '2026-03-05T15:00:00.000Z' });
    await repos.referrals.create({ physicianId: b.id, receivedAt: '2026-03-06T15:00:00.000Z' });
    await repos.referrals.create({ physicianId: b.id, receivedAt: '2026-03-07T15:00:00.000Z' });
    const counts = await loadMonthCounts(db, new Date('2026-03-20T12:00:00Z'));
    expect(counts).toEqual({ visits: 3, touches: 4, events: 1, newReferrers: 1 });
  });
});
