import { cipherState, type EncryptionMode } from '../../storage/crypto/cipher-state';
import type { RoundsDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/settings-store';
import { readEncryptionRecord } from './cipher-job';

/** The state every page shows: mode, locked or not, the job's progress, the idle-lock setting. */
export async function encryptionStatus(db: RoundsDatabase) {
  const record = await readEncryptionRecord();
  const mode: EncryptionMode = record?.mode ?? 'off';
  const job = record?.job ? { done: record.job.done, total: record.job.total } : null;
  const { lockAfterMinutes } = await loadSettings(db);
  return { mode, locked: mode !== 'off' && !cipherState.ring, job, lockAfterMinutes };
}
