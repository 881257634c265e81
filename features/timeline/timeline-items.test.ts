import { describe, expect, it } from 'vitest';
import { freshDatabase, repositories } from '../../tests/db';
import { loadPhysicianTimeline } from './load-timeline';
import { buildTimeline } from './timeline-items';

describe('timeline', () => {
  it('merges notes, outreach, every referral change and follow-ups, newest first, without deleted rows', async () => {
    const db = await freshDatabase();
    const repos = repositories(db);
    const p = await repos.physicians.create({ last: 'Smith' });
    const other = await repos.physicians.create({ last: 'Jones' });
    const note = await repos.notes.create({ physicianIds: [p.id], sensitive: { body: 'n' } });
    const gone = await repos.notes.create({ physicianIds: [p.id], sensitive: { body: 'gone' } });
    await repos.notes.softDelete(gone.id);
    await repos.notes.create({ physicianIds: [other.id], sensitive: { body: 'not hers' } });
    await repos.outreach.create({ physicianIds: [p.id, other.id], type: 'visit', at: '2020-01-02T10:00:00.000Z' });
    await repos.referrals.create({
      physicianId: p.id,
      receivedAt: '2020-01-03T10:00:00.000Z',
      status: 'scheduled',
      history: [
        { status: 'received', at: '2020-01-03T10:00:00.000Z', reason: '' },
        { status: 'scheduled', at: '2020-01-05T10:00:00.000Z', reason: '' },
      ],
    });
    await repos.followUps.create({ physicianId: p.id, dueDate: '2020-01-04' });
    const items = await loadPhysicianTimeline(db, p.id);
    expect(items.map((i) => i.kind)).toEqual(['note', 'referral', 'follow-up', 'referral', 'outreach']);
    expect(items[0]?.kind === 'note' && items[0].note.id).toBe(note.id);
    expect(items.filter((i) => i.kind === 'referral').map((i) => i.kind === 'referral' && i.isFirst)).toEqual([
      false,
      true,
    ]);
  });

  it('is empty for nothing', () => {
    expect(buildTimeline({})).toEqual([]);
  });
});
