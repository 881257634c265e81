import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';

/** A scratch database with two physicians, for the referral UI tests. */
export async function referralTestDatabase() {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  const repos = repositories(db);
  const ana = await repos.physicians.create({
    first: 'Ana',
    last: 'Ruiz',
    credentials: ['MD'],
    practiceName: 'Lakeside',
  });
  const ben = await repos.physicians.create({ first: 'Ben', last: 'Okafor', credentials: ['DO'] });
  return { db, repos, ana, ben };
}
