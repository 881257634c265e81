import { describe, expect, it } from 'vitest';
import { saveSettings } from '../../storage/settings-store';
import { ValidationError } from '../../storage/validation';
import { advanceReferral } from './advance-referral';
import { databaseWithReferral } from './test-referral';

const where = { locale: 'en-GB', timeZone: 'Europe/London' };

describe('advanceReferral', () => {
  it('appends to the history and closes the loop when the patient is seen', async () => {
    const { db, referral } = await databaseWithReferral({ sensitive: { patientRef: 'J.D.', notes: '' } });
    await saveSettings(db, { referralFollowUpDays: 3 });
    await advanceReferral(db, referral.id, 'scheduled', '2025-11-05T10:00:00Z', '', where);
    const { referral: seen, followUp } = await advanceReferral(
      db,
      referral.id,
      'seen',
      '2025-11-12T10:00:00Z',
      '',
      where,
    );

    expect(seen.status).toBe('seen');
    expect(seen.history.map((h) => [h.status, h.at])).toEqual([
      ['received', '2025-11-03T15:00:00.000Z'],
      ['scheduled', '2025-11-05T10:00:00.000Z'],
      ['seen', '2025-11-12T10:00:00.000Z'],
    ]);
    expect(followUp).toMatchObject({
      dueDate: '2025-11-15',
      referralId: referral.id,
      physicianId: referral.physicianId,
      status: 'open',
      sensitive: { text: 'Your patient J.D. referred on 3 Nov was seen on 12 Nov by Cardiology' },
    });
    expect(seen.followUpDate).toBe('2025-11-15');
    expect(await db.followUps.count()).toBe(2);
  });

  it('marks the follow-ups it creates as closing a referral’s loop (kind, schema v2), as stored', async () => {
    const { db, referral } = await databaseWithReferral();
    const scheduled = await advanceReferral(db, referral.id, 'scheduled', '2025-11-05T10:00:00Z', '', where);
    const seen = await advanceReferral(db, referral.id, 'seen', '2025-11-12T10:00:00Z', '', where);
    expect(scheduled.followUp?.kind).toBe('referral-loop');
    expect(seen.followUp?.kind).toBe('referral-loop');
    const stored = await db.followUps.where('referralId').equals(referral.id).toArray();
    expect(stored.map((f) => f.kind)).toEqual(['referral-loop', 'referral-loop']);
  });

  it('creates no follow-up for other statuses, and none twice for the same news', async () => {
    const { db, referral } = await databaseWithReferral();
    const opts = { ...where, followUpDays: 1 };
    const first = await advanceReferral(db, referral.id, 'scheduled', '2025-11-05T10:00:00Z', '', opts);
    await advanceReferral(db, referral.id, 'received', '2025-11-05T10:00:00Z', 'wrong patient file', opts);
    const again = await advanceReferral(db, referral.id, 'scheduled', '2025-11-05T10:00:00Z', '', opts);
    const cancelled = await advanceReferral(
      db,
      referral.id,
      'cancelled',
      '2025-11-06T10:00:00Z',
      'Patient declined',
      opts,
    );
    expect(first.followUp).not.toBeNull();
    expect(again.followUp).toBeNull();
    expect(cancelled.followUp).toBeNull();
    expect(cancelled.referral.history.at(-1)).toMatchObject({ status: 'cancelled', reason: 'Patient declined' });
    expect(await db.followUps.count()).toBe(1);
  });

  it('refuses moves the pipeline does not allow, changing nothing', async () => {
    const { db, referral } = await databaseWithReferral();
    await expect(advanceReferral(db, referral.id, 'cancelled', '2025-11-05T10:00:00Z', '', where)).rejects.toThrow(
      ValidationError,
    );
    await expect(advanceReferral(db, referral.id, 'received', '2025-11-05T10:00:00Z', 'x', where)).rejects.toThrow(
      /already received/,
    );
    await expect(advanceReferral(db, referral.id, 'seen', '2025-11-01T10:00:00Z', '', where)).rejects.toThrow(
      /earlier/,
    );
    await expect(advanceReferral(db, referral.id, 'seen', 'not a date', '', where)).rejects.toThrow(/not a date/);
    await expect(advanceReferral(db, crypto.randomUUID(), 'seen', '2025-11-05T10:00:00Z')).rejects.toThrow(
      /does not exist/,
    );
    expect((await db.referrals.get(referral.id))?.history).toHaveLength(1);
    expect(await db.followUps.count()).toBe(0);
  });
});
