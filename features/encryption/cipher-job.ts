import {
  applyEncryptionRecord,
  type CipherJob,
  cipherState,
  type EncryptionRecord,
  encryptionRecord,
} from '../../storage/crypto/cipher-state';
import type { RoundsDatabase } from '../../storage/database';
import { readKey, removeKey, storageKeys, writeKey } from '../../storage/extension-storage';
import { sealedTables } from '../../storage/repositories/sealed-fields';

export interface CipherJobOptions {
  batchSize?: number;
  /** Called after each batch with rows done and the total. */
  onProgress?: (job: CipherJob) => void;
  /** Tests: stops (as a crash would) after this many batches. */
  stopAfterBatches?: number;
}

export async function readEncryptionRecord(): Promise<EncryptionRecord | null> {
  const parsed = encryptionRecord.safeParse(await readKey(storageKeys.encryption));
  return parsed.success ? parsed.data : null;
}

export async function saveEncryptionRecord(record: EncryptionRecord | null): Promise<void> {
  if (record) await writeKey(storageKeys.encryption, record);
  else await removeKey(storageKeys.encryption);
  applyEncryptionRecord(record ?? undefined);
}

/** Rows in the tables with sealed fields (the job's total). */
export async function countSealable(db: RoundsDatabase): Promise<number> {
  let total = 0;
  for (const t of sealedTables) total += await db.table(t).count();
  return total;
}

let running: Promise<void> | undefined;

/**
 * Seals (turning on) or opens (turning off) every row in place, in batches by id: each batch is one transaction,
 * so a row is either all before or all after, never half-done; the cursor is saved after each batch (extension
 * storage, which survives a browser restart) and the job resumes from it. Rewriting a row already done is
 * harmless (a fresh IV), so a crash between a batch and its cursor costs one batch of work, nothing else.
 */
export function runCipherJob(db: RoundsDatabase, options: CipherJobOptions = {}): Promise<void> {
  running ??= runJob(db, options).finally(() => {
    running = undefined;
  });
  return running;
}

async function runJob(db: RoundsDatabase, options: CipherJobOptions): Promise<void> {
  let record = await readEncryptionRecord();
  if (!record?.job) return;
  applyEncryptionRecord(record);
  if (!cipherState.ring) throw new Error('Unlock first: the job needs the keys');
  const size = options.batchSize ?? 500;
  let job: CipherJob = record.job;
  let batches = 0;
  for (let t = Math.max(0, sealedTables.indexOf(job.table)); t < sealedTables.length; t++) {
    const name = sealedTables[t] as string;
    if (job.table !== name) job = { ...job, table: name, after: '' };
    for (;;) {
      if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) throw new Error('stopped');
      const table = db.table(name);
      const after = job.after;
      const last = await db.transaction('rw', table, async () => {
        const rows = await table.where(':id').above(after).limit(size).toArray();
        if (rows.length) await table.bulkPut(rows);
        return { n: rows.length, id: rows.at(-1)?.id as string | undefined };
      });
      batches++;
      if (!last.id) break;
      job = { ...job, after: last.id, done: job.done + last.n };
      record = { ...record, job };
      await saveEncryptionRecord(record);
      options.onProgress?.(job);
    }
  }
  if (record.mode === 'decrypting') {
    await saveEncryptionRecord(null);
    await removeKey(storageKeys.unlockedKeys);
    await removeKey(storageKeys.lockState);
  } else await saveEncryptionRecord({ ...record, mode: 'on', job: null });
}
