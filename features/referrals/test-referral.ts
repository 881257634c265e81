import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { ReferralInput } from '../../storage/schemas';

/** A fresh database with one physician and one referral, for the referral tests. */
export async function databaseWithReferral(referral: Partial<ReferralInput> = {}) {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  const repos = repositories(db);
  const physician = await repos.physicians.create({ first: 'Ana', last: 'Ruiz' });
  const created = await repos.referrals.create({
    physicianId: physician.id,
    serviceLine: 'Cardiology',
    receivedAt: '2025-11-03T15:00:00.000Z',
    ...referral,
  });
  return { db, repos, physician, referral: created };
}
