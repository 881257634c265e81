import { onFollowUpWrites } from '../features/follow-ups/badge-updates';
import { send } from '../messaging/client';
import { getDatabase, type RoundsDatabase } from '../storage/database';

const reporting = new WeakSet<RoundsDatabase>();

/**
 * How an extension page gets its database: the shared connection, whose committed follow-up writes are told to
 * the background so the toolbar badge follows (the badge's one rule, `features/follow-ups/badge-updates.ts`).
 */
export async function openPageDatabase(): Promise<RoundsDatabase> {
  const db = await getDatabase();
  if (!reporting.has(db)) {
    reporting.add(db);
    onFollowUpWrites(db, () => void send('followUps.changed', {}).catch(() => undefined));
  }
  return db;
}
