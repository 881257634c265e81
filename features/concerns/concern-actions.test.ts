import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories, steppingClock } from '../../tests/db';
import { type ConcernUpdate, loadConcernsToWork, updateConcern } from './concern-actions';

const update = (patch: Partial<ConcernUpdate>): ConcernUpdate => ({
  status: 'resolved',
  department: 'Radiology',
  owner: 'Imaging manager',
  resolution: '',
  reportedBackOn: '',
  action: { on: '', text: '' },
  ...patch,
});

async function setup() {
  const db = await freshDatabase();
  const clock = steppingClock(Date.parse('2026-03-10T15:00:00Z'));
  const repos = repositories(db, clock);
  const jane = await repos.physicians.create({ last: 'Smith' });
  const o = await repos.outreach.create({
    physicianIds: [jane.id],
    type: 'visit',
    at: '2026-03-01T15:00:00Z',
    concern: { category: 'access' },
    sensitive: { concernText: 'MRI waits' },
  });
  return { db, clock, jane, o };
}

describe('the concern workflow', () => {
  it('walks open → in progress (with a dated action) → resolved → reported back, every status reachable', async () => {
    const { db, clock, jane, o } = await setup();
    expect((await loadConcernsToWork(db)).map((r) => r.id)).toEqual([o.id]);
    await updateConcern(
      db,
      o.id,
      update({ status: 'in-progress', action: { on: '2026-03-05', text: 'Asked for Saturday slots' } }),
      clock,
    );
    const working = await db.outreach.get(o.id);
    expect(working?.concern).toMatchObject({ status: 'in-progress', resolvedAt: null, owner: 'Imaging manager' });
    expect(working?.concern?.actions).toEqual([{ on: '2026-03-05', text: 'Asked for Saturday slots' }]);
    expect(await db.followUps.count()).toBe(0);

    const resolved = await updateConcern(db, o.id, update({ resolution: 'Saturday MRI opened' }), clock);
    expect(resolved.concern?.status).toBe('resolved');
    expect(resolved.concern?.resolvedAt).not.toBeNull();
    expect(resolved.sensitive.concernResolution).toBe('Saturday MRI opened');
    const [reminder] = await db.followUps.toArray();
    expect(reminder).toMatchObject({ kind: 'concern', status: 'open', physicianId: jane.id, outreachId: o.id });
    expect(reminder?.sensitive.text).toContain('Saturday MRI opened');
    // Still to work: resolved but not reported back.
    expect(await loadConcernsToWork(db, jane.id)).toHaveLength(1);

    await updateConcern(db, o.id, update({ resolution: 'Saturday MRI opened', reportedBackOn: '2026-03-12' }), clock);
    expect((await db.followUps.get(reminder?.id as string))?.status).toBe('done');
    expect(await loadConcernsToWork(db)).toEqual([]);
    expect((await db.outreach.get(o.id))?.concern?.actions).toHaveLength(1);
  });

  it('won’t fix closes a concern too, and reopening clears the date it was closed', async () => {
    const { db, clock, o } = await setup();
    const closed = await updateConcern(db, o.id, update({ status: 'wont-fix' }), clock);
    expect(closed.concern?.resolvedAt).not.toBeNull();
    const reopened = await updateConcern(db, o.id, update({ status: 'open' }), clock);
    expect(reopened.concern).toMatchObject({ status: 'open', resolvedAt: null });
    expect(await db.followUps.count()).toBe(1);
  });
});
