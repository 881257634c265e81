import { describe, expect, it, vi } from 'vitest';

const send = vi.fn(async () => ({ due: 0 }));
vi.mock('../messaging/client', () => ({ send }));

const { openPageDatabase } = await import('./page-database');
const { repositories } = await import('../tests/db');
const { onFollowUpWrites } = await import('../features/follow-ups/badge-updates');

const followUp = (physicianId: string, dueDate: string) => ({ dueDate, physicianId, sensitive: { text: 'Call back' } });

describe('the toolbar badge follows follow-up writes (one rule, every context)', () => {
  it('a page tells the background at once after a follow-up write, once more after a burst, never for other tables', async () => {
    const db = await openPageDatabase();
    expect(await openPageDatabase()).toBe(db); // one connection, one listener
    const jane = await repositories(db).physicians.create({ last: 'Smith' });
    await new Promise((r) => setTimeout(r, 80));
    expect(send).not.toHaveBeenCalled();
    await repositories(db).followUps.create(followUp(jane.id, '2026-03-01'));
    expect(send).toHaveBeenCalledWith('followUps.changed', {}); // before the page could close
    await new Promise((r) => setTimeout(r, 80));
    expect(send).toHaveBeenCalledTimes(1);
    for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) {
      await repositories(db).followUps.create(followUp(jane.id, day));
    }
    await new Promise((r) => setTimeout(r, 80));
    expect(send).toHaveBeenCalledTimes(3); // the burst: its first write, then one for the rest
  });

  it('the background recounts after its own follow-up writes', async () => {
    const db = await openPageDatabase();
    const recount = vi.fn();
    const stop = onFollowUpWrites(db, recount, 0);
    const jane = await repositories(db).physicians.create({ last: 'Lee' });
    await repositories(db).followUps.create(followUp(jane.id, '2026-04-01'));
    await vi.waitFor(() => expect(recount).toHaveBeenCalledTimes(1));
    stop();
  });
});
