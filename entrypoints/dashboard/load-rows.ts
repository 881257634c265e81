import type { DashboardRows } from '../../features/dashboard/prepare';
import type { RoundsDatabase } from '../../storage/database';

/** Every row the dashboard reads, referrals in receivedAt order (so preparing them needs no sort). */
export async function loadDashboardRows(db: RoundsDatabase): Promise<Required<DashboardRows>> {
  const [physicians, practices, referrals, outreach, programs] = await Promise.all([
    db.physicians.toArray(),
    db.practices.toArray(),
    db.referrals.orderBy('receivedAt').toArray(),
    db.outreach.toArray(),
    db.programs.toArray(),
  ]);
  return { physicians, practices, referrals, outreach, programs };
}
