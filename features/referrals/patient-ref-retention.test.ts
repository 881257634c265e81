import { describe, expect, it } from 'vitest';
import { saveSettings } from '../../storage/settings-store';
import { advanceReferral } from './advance-referral';
import { applyPatientRefRetention, clearOldPatientReferences } from './patient-ref-retention';
import { databaseWithReferral } from './test-referral';

const where = { locale: 'en-GB', timeZone: 'UTC', followUpDays: 2 };
const sensitive = { patientRef: 'J.D.', notes: 'prefers mornings' };

describe('clearOldPatientReferences', () => {
  it('clears references from referrals ended more than N days ago, keeping status and dates', async () => {
    const { db, repos, referral } = await databaseWithReferral({ sensitive });
    await advanceReferral(db, referral.id, 'seen', '2025-11-12T10:00:00Z', '', where);
    await advanceReferral(db, referral.id, 'closed', '2025-11-20T10:00:00Z', '', where);
    const open = await repos.referrals.create({
      physicianId: referral.physicianId,
      receivedAt: '2025-01-01T00:00:00Z',
      sensitive,
    });

    // 30 days after closing is not "more than 30 days".
    expect(await clearOldPatientReferences(db, 30, new Date('2025-12-20T10:00:00Z'))).toEqual({
      referrals: 0,
      followUps: 0,
    });
    expect(await clearOldPatientReferences(db, 30, new Date('2025-12-21T10:00:00Z'))).toEqual({
      referrals: 1,
      followUps: 1,
    });

    const cleared = await db.referrals.get(referral.id);
    expect(cleared?.sensitive).toEqual({ patientRef: '', notes: '' });
    expect(cleared?.status).toBe('closed');
    expect(cleared?.history).toHaveLength(3);
    expect(cleared?.receivedAt).toBe(referral.receivedAt);
    const [followUp] = await db.followUps.toArray();
    expect(followUp?.sensitive.text).toBe('Your patient referred on 3 Nov was seen on 12 Nov by Cardiology');
    expect((await db.referrals.get(open.id))?.sensitive).toEqual(sensitive);
  });

  it('follows the retention setting, and does nothing when it is off', async () => {
    const { db, referral } = await databaseWithReferral({ sensitive });
    await advanceReferral(db, referral.id, 'cancelled', '2025-11-04T10:00:00Z', 'Duplicate referral', where);
    const later = new Date('2026-06-01T00:00:00Z');
    expect((await applyPatientRefRetention(db, later)).referrals).toBe(0);
    await saveSettings(db, { patientRefRetentionDays: 90 });
    expect((await applyPatientRefRetention(db, later)).referrals).toBe(1);
    expect((await applyPatientRefRetention(db, later)).referrals).toBe(0);
  });
});
