import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../tests/db';
import { seedDemoData } from './seed';

describe('demo seed', () => {
  it('fills an empty directory once, and only adds history when asked', async () => {
    const db = await freshDatabase();
    expect(await seedDemoData(db)).toEqual({ seeded: true, physicians: 6 });
    expect(await db.outreach.count()).toBe(0);
    expect(await seedDemoData(db, { history: true })).toEqual({ seeded: false, physicians: 6 });
    expect(await db.outreach.count()).toBe(0);
  });

  it('writes valid history beside the directory for npm start', async () => {
    const db = await freshDatabase();
    await seedDemoData(db, { history: true });
    expect(await db.outreach.count()).toBe(3);
    expect(await db.notes.count()).toBe(1);
    expect((await db.referrals.toArray()).map((r) => r.status)).toEqual(['scheduled']);
    expect(await db.followUps.count()).toBe(1);
  });
});
