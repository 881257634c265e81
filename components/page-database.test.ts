import { describe, expect, it, vi } from 'vitest';

const send = vi.fn(async () => ({ due: 0 }));
vi.mock('../messaging/client', () => ({ send }));

const { openPageDatabase } = await import('./page-database');
const { repositories } = await import('../tests/db');
const { onFollowUpWrites } = await import('../features/follow-ups/badge-updates');

const followUp = (physicianId: string, dueDate: string) => ({ dueDate, physicianId, sensitive: { text: 'Call back' } });

describe('the toolbar badge follows follow-up writes (one rule, every context)', () => {
  it('a page tells the background once per batch of committed follow-up writes, and not for other tables', async () => {
    const db = await openPageDatabase();
    expect(await openPageDatabase()).toBe(db); // one connection, one listener
    const jane = await repositories(db).physicians.create({ last: 'Smith' });
    await new Promise((r) => setTimeout(r, 80));
    expect(send).not.toHaveBeenCalled();
    await repositories(db).followUps.create(followUp(jane.id, '2026-03-01'));
    await repositories(db).followUps.create(followUp(jane.id, '2026-03-02'));
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('followUps.changed', {}));
    await new Promise((r) => setTimeout(r, 80));
    expect(send).toHaveBeenCalledTimes(1);
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
