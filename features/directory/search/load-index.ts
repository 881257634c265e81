import type { RoundsDatabase } from '../../../storage/database';
import type { Physician } from '../../../storage/schemas';
import { PhysicianIndex } from './physician-index';

/**
 * Rows read per chunk: one read transaction each, then a yield so typing is not held up. One size for every
 * context (the popup read 5,000, the sidebar 1,000): 2,000 rows index in a few milliseconds on the 2-core machine.
 */
export const indexLoadChunk = 2_000;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  let after: string | null = null;
  for (;;) {
    const rows: Physician[] = await (after === null
      ? db.physicians.orderBy(':id')
      : db.physicians.where(':id').above(after)
    )
      .limit(chunk)
      .toArray();
    for (const row of rows) {
      index.put(row);
      if (row.updatedAt > since) since = row.updatedAt;
    }
    if (rows.length < chunk) break;
    after = rows[rows.length - 1]?.id ?? null;
    await yieldToPage();
  }
  return { index, since };
}
