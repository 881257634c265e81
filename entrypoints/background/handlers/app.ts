import { browser } from 'wxt/browser';
import type { Handler } from '../../../messaging/router.background';
import { getDatabase } from '../../../storage/database';
import { latestVersion } from '../../../storage/versions';
import { forgetEverything } from '../forget-everything';

const status: Handler<'app.status'> = async () => {
  const db = await getDatabase();
  const count = (t: {
    filter: (f: (r: { deletedAt: string | null }) => boolean) => { count: () => Promise<number> };
  }) => t.filter((r) => !r.deletedAt).count();
  const [physicians, practices, notes, referrals, outreach, followUps, portals] = await Promise.all([
    count(db.physicians.toCollection()),
    count(db.practices.toCollection()),
    count(db.notes.toCollection()),
    count(db.referrals.toCollection()),
    count(db.outreach.toCollection()),
    count(db.followUps.toCollection()),
    count(db.portals.toCollection()),
  ]);
  return {
    version: browser.runtime.getManifest().version,
    schemaVersion: latestVersion,
    counts: { physicians, practices, notes, referrals, outreach, followUps, portals },
  };
};

const dataDeleted: Handler<'app.dataDeleted'> = () => forgetEverything();

export const appHandlers = { 'app.status': status, 'app.dataDeleted': dataDeleted };
