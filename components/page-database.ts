import { onFollowUpWrites } from '../features/follow-ups/badge-updates';
import { send } from '../messaging/client';
import { setRemoteKeySource } from '../storage/crypto/cipher-state-loader';
import { getDatabase, type RoundsDatabase } from '../storage/database';

/** Database names whose follow-up writes this page already reports. */
const reporting = new Set<string>();

/**
 * How an extension page gets its database: the shared connection, whose committed follow-up writes are told to
 * the background so the toolbar badge follows (the badge's one rule, `features/follow-ups/badge-updates.ts`).
 */
export async function openPageDatabase(): Promise<RoundsDatabase> {
  setRemoteKeySource(() => send('encryption.keys', {}));
  const db = await getDatabase();
  if (!reporting.has(db.name)) {
    reporting.add(db.name);
    onFollowUpWrites(db, () => void send('followUps.changed', {}).catch(() => undefined));
  }
  return db;
}
