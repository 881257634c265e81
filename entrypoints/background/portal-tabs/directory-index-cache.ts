import Dexie from 'dexie';
import { DirectoryIndex } from '../../../features/detection/directory-index';
import { loadDirectoryIndex } from '../../../features/directory/search/stored-index';
import type { RoundsDatabase } from '../../../storage/database';

/** Logged directory changes past which the background writes the stored index back when it loads it. */
const persistAfter = 50;

/**
 * The background's one warm DirectoryIndex (text mode). Built once (lazily, at background start) from the stored
 * directory index (one record, not 50,000 rows: a stopped service worker is back in milliseconds), then kept
 * current from Dexie's storagemutated event, which every extension context's writes reach (BroadcastChannel):
 * the changed primary keys are re-read with one bulkGet and re-indexed; only a range change (clear, bulk write
 * of 50+ rows, delete by range) or a very large change set rebuilds. Reports never touch IndexedDB.
 */
const physicianPart = /^idb:\/\/[^/]+\/physicians\/$/;
const maxPointChanges = 2_000;
let index: Promise<DirectoryIndex> | null = null;
let changed = new Set<string>();
let rebuild = false;
let applying: Promise<DirectoryIndex> | null = null;
const listeners = new Set<() => void>();
let notifyTimer: ReturnType<typeof setTimeout> | null = null;

interface RangeNode {
  from: unknown;
  to: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Collects point keys of a Dexie RangeSet; false when it holds a real range (or too many keys). */
export function collectKeys(node: RangeNode | null | undefined, into: Set<string>): boolean {
  if (!node || node.from === undefined) return true;
  if (node.from !== node.to || typeof node.from !== 'string' || into.size >= maxPointChanges) return false;
  into.add(node.from);
  return collectKeys(node.l, into) && collectKeys(node.r, into);
}

Dexie.on('storagemutated', (parts) => {
  for (const [part, ranges] of Object.entries(parts)) {
    if (!physicianPart.test(part)) continue;
    if (!collectKeys(ranges as unknown as RangeNode, changed)) rebuild = true;
    if (notifyTimer) clearTimeout(notifyTimer);
    // Settle bursts (an import writes in many transactions), then apply and tell the listeners once.
    notifyTimer = setTimeout(() => {
      notifyTimer = null;
      for (const listener of listeners) listener();
    }, 300);
  }
});

/** The warm index, building it on first use and applying directory changes since the last call. */
export async function directoryIndex(db: RoundsDatabase): Promise<DirectoryIndex> {
  if (!index || rebuild) {
    rebuild = false;
    changed = new Set();
    index = loadDirectoryIndex(db, { persistAfter }).then((loaded) => DirectoryIndex.build(loaded.index.entries()));
    index.catch(() => {
      index = null;
    });
  }
  if (changed.size === 0) return index;
  applying ??= apply(db, index).finally(() => {
    applying = null;
  });
  return applying;
}

async function apply(db: RoundsDatabase, ready: Promise<DirectoryIndex>): Promise<DirectoryIndex> {
  const built = await ready;
  const ids = [...changed];
  changed = new Set();
  const rows = await db.physicians.bulkGet(ids);
  for (const [i, row] of rows.entries()) {
    if (row) built.put(row);
    else built.remove(ids[i] as string);
  }
  return changed.size > 0 ? apply(db, ready) : built;
}

/** Starts building the index soon, without holding up the background's start. */
export function warmDirectoryIndex(db: () => Promise<RoundsDatabase>): void {
  setTimeout(() => {
    void db()
      .then(directoryIndex)
      .catch((error: unknown) => console.warn('[rounds] directory index', error));
  }, 0);
}

/** Calls `listener` after directory changes settle (debounced), from any extension context. */
export function onDirectoryChanged(listener: () => void): void {
  listeners.add(listener);
}
