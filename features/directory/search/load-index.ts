import type { RoundsDatabase } from '../../../storage/database';
import type { Physician } from '../../../storage/schemas';
import { PhysicianIndex } from './physician-index';

/**
 * Rows read per chunk: one read transaction each, then a yield so typing is not held up. One size for every
 * context (the popup read 5,000, the sidebar 1,000): 2,000 rows index in a few milliseconds on the 2-core machine,
 * and the next chunk is read while this one is indexed, so the smaller chunks cost no extra wait.
 */
export const indexLoadChunk = 2_000;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const readChunk = (db: RoundsDatabase, after: string | null, chunk: number): Promise<Physician[]> =>
  (after === null ? db.physicians.orderBy(':id') : db.physicians.where(':id').above(after)).limit(chunk).toArray();

/**
 * The one directory-index loader (popup, sidebar, options): every physician row into an in-memory PhysicianIndex
 * (soft-deleted rows are left out by `put`), in primary-key chunks with a yield between them. Returns the index
 * and the newest `updatedAt` seen, from which a live query can keep it current.
 */
export async function loadPhysicianIndex(
  db: RoundsDatabase,
  options: { into?: PhysicianIndex; chunk?: number } = {},
): Promise<{ index: PhysicianIndex; since: string }> {
  const index = options.into ?? new PhysicianIndex();
  const chunk = options.chunk ?? indexLoadChunk;
  let since = '';
  let next = readChunk(db, null, chunk);
  for (;;) {
    const rows = await next;
    const last = rows[rows.length - 1];
    const more = rows.length === chunk && last !== undefined;
    // The next read runs in IndexedDB while this chunk is indexed on the main thread.
    if (more) next = readChunk(db, last.id, chunk);
    for (const row of rows) {
      index.put(row);
      if (row.updatedAt > since) since = row.updatedAt;
    }
    if (!more) break;
    await yieldToPage();
  }
  return { index, since };
}
