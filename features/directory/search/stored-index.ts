import type { RoundsDatabase } from '../../../storage/database';
import { rebuildMarker } from '../../../storage/directory-changes';
import type { DirectoryChange } from '../../../storage/schemas/directory-index';
import { directoryIndexRecord } from '../../../storage/schemas/directory-index';
import { loadPhysicianIndex } from './load-index';
import { packIndex, unpackIndex } from './packed-index';
import type { PhysicianIndex } from './physician-index';

/** More logged changes than this: read every row again rather than one bulkGet of the changed ones. */
export const maxAppliedChanges = 5_000;

export interface LoadedDirectory {
  index: PhysicianIndex;
  /** The newest `updatedAt` the index reflects (deleted rows included): a live query takes over from here. */
  since: string;
  /** How it was made: from the stored record (plus the logged changes), or rebuilt from every row. */
  from: 'stored' | 'rebuilt';
  /** Why it was rebuilt (no record, an older format, a corrupt record, a bulk write, a write not logged). */
  reason?: string;
  /** Settles once the index was written back (true), or not needed or left to a newer packing (false). */
  persisted: Promise<boolean>;
}

export interface Snapshot {
  record: unknown;
  stamp: string | undefined;
  changes: DirectoryChange[];
  newest: string;
}

const newStamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The record, its stamp, the change log and the newest write, read in one transaction. */
export async function snapshot(db: RoundsDatabase): Promise<Snapshot> {
  return db.transaction('r', [db.directoryIndex, db.directoryChanges, db.physicians], async () => {
    const [record, stamp, changes, newest] = await Promise.all([
      db.directoryIndex.get('directory'),
      db.directoryIndex.get('stamp'),
      db.directoryChanges.toArray(),
      db.physicians.orderBy('updatedAt').lastKey(),
    ]);
    return { record, stamp: stamp?.stamp, changes, newest: typeof newest === 'string' ? newest : '' };
  });
}

/** The stored index with the logged changes applied, or the reason it cannot be used. */
async function fromStored(db: RoundsDatabase, s: Snapshot): Promise<LoadedDirectory | string> {
  if (!s.record) return 'no stored index';
  const parsed = directoryIndexRecord.safeParse(s.record);
  if (!parsed.success) return 'stored index of another format or corrupt';
  if (parsed.data.stamp !== s.stamp) return 'stored index torn (stamp differs)';
  if (s.changes.some((c) => c.id === rebuildMarker)) return 'a bulk or range write';
  if (s.changes.length > maxAppliedChanges) return 'too many changes';
  let index: PhysicianIndex;
  try {
    index = unpackIndex(parsed.data);
  } catch (error) {
    return error instanceof Error ? error.message : 'stored index unreadable';
  }
  let since = parsed.data.newest;
  const ids = s.changes.map((c) => c.id);
  const rows = ids.length ? await db.physicians.bulkGet(ids) : [];
  for (const [i, row] of rows.entries()) {
    if (row) index.put(row);
    else index.remove(ids[i] as string);
    if (row && row.updatedAt > since) since = row.updatedAt;
  }
  // A row newer than everything the index and the log account for was written without the log: rebuild.
  if (s.newest > since) return 'a write the change log lacks';
  return { index, since, from: 'stored', persisted: Promise.resolve(false) };
}

/**
 * Writes the index back packed and drops the log rows it has absorbed (those whose token is still the one read),
 * unless another context packed since this one read (its stamp moved): then its newer work stands.
 */
export function persistIndex(db: RoundsDatabase, index: PhysicianIndex, since: string, s: Snapshot): Promise<boolean> {
  const stamp = newStamp();
  // Packed now, before the caller changes the index; written in the background.
  const record = packIndex(index, since, stamp);
  return db.transaction('rw', [db.directoryIndex, db.directoryChanges], async () => {
    if ((await db.directoryIndex.get('stamp'))?.stamp !== s.stamp) return false;
    const now = await db.directoryChanges.bulkGet(s.changes.map((c) => c.id));
    const absorbed = s.changes.filter((c, i) => now[i]?.token === c.token).map((c) => c.id);
    await db.directoryChanges.bulkDelete(absorbed);
    await db.directoryIndex.bulkPut([record, { key: 'stamp', stamp }]);
    return true;
  });
}

/**
 * The one directory-index loader (popup, sidebar, options, background): the stored packed index plus the physician
 * writes logged since it was packed; rebuilt from every row (load-index.ts) when there is none, it is of another
 * format or corrupt, or a bulk write happened. Written back when rebuilt or when `persistAfter` changes were applied
 * (the background packs after every change; pages only when many piled up). Never throws for a bad record.
 */
export async function loadDirectoryIndex(
  db: RoundsDatabase,
  options: { persistAfter?: number } = {},
): Promise<LoadedDirectory> {
  const s = await snapshot(db);
  const stored = await fromStored(db, s);
  let loaded: LoadedDirectory;
  if (typeof stored === 'string') {
    const { index, since } = await loadPhysicianIndex(db);
    // ISO instants: the later one sorts last.
    loaded = {
      index,
      since: [since, s.newest].sort()[1] as string,
      from: 'rebuilt',
      reason: stored,
      persisted: Promise.resolve(false),
    };
  } else loaded = stored;
  const persistAfter = options.persistAfter ?? 500;
  if (loaded.from === 'rebuilt' || (s.changes.length > 0 && s.changes.length >= persistAfter)) {
    loaded.persisted = persistIndex(db, loaded.index, loaded.since, s).catch((error: unknown) => {
      console.warn('[rounds] directory index not stored', error);
      return false;
    });
  }
  return loaded;
}
