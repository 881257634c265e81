import Dexie, { type Table } from 'dexie';

/** Rows read per chunk: big enough for throughput, small enough that one chunk never stalls a frame for long. */
export const readChunkSize = 2_000;

/** Progress of a long job: rows done out of total, and which phase ("read physicians", "validate", "write"…). */
export type Progress = (done: number, total: number, phase: string) => void;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the page a chance to paint and handle input between chunks (scheduler.yield where available). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads a table in primary-key order, one short read transaction per chunk, yielding between chunks. The next
 * chunk is requested before the current one is handed over, so IndexedDB reads while the caller works.
 */
export async function* readInChunks<Row>(
  table: Table<Row, string>,
  chunkSize = readChunkSize,
): AsyncGenerator<Row[], void, undefined> {
  const keyPath = table.schema.primKey.keyPath;
  const read = (after: string | undefined) =>
    // Primary-key ranges keep each chunk an index seek, not an offset scan.
    (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(chunkSize).toArray();
  let pending = read(undefined);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) return;
    const more = rows.length >= chunkSize;
    if (more) {
      const last = Dexie.getByKeyPath(rows[rows.length - 1] as object, typeof keyPath === 'string' ? keyPath : 'id');
      pending = read(String(last));
    }
    yield rows;
    if (!more) return;
    await yieldToPage();
  }
}

/** Splits a list into consecutive slices of at most `size`. */
export function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
