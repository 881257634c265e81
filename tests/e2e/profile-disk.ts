import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
// @ts-expect-error snappyjs ships no types: uncompress(Uint8Array) → Uint8Array
import snappy from 'snappyjs';
import type { BrowserKind } from './browsers';

const uncompress = (snappy as { uncompress: (b: Uint8Array) => Uint8Array }).uncompress;

function walk(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    out = statSync(full).isDirectory() ? [...out, ...walk(full)] : [...out, full];
  }
  return out;
}

/**
 * The files where the browser keeps the extension's IndexedDB: Chromium's LevelDB folder
 * (<profile>/Default/IndexedDB/chrome-extension_<id>_0.indexeddb.leveldb and its blob folder), Firefox's SQLite
 * database, its -wal and its files folder (<profile>/storage/default/moz-extension+++<uuid>…/idb/).
 */
export function extensionIndexedDbFiles(kind: BrowserKind, profile: string): string[] {
  const base =
    kind === 'chromium' ? path.join(profile, 'Default', 'IndexedDB') : path.join(profile, 'storage', 'default');
  const prefix = kind === 'chromium' ? 'chrome-extension_' : 'moz-extension+++';
  const dirs = readdirSync(base).filter((d) => d.startsWith(prefix));
  const files = dirs.flatMap((d) => walk(path.join(base, d)));
  return kind === 'chromium' ? files : files.filter((f) => f.includes(`${path.sep}idb${path.sep}`));
}

const varint = (b: Uint8Array, at: number): [number, number] => {
  let n = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const byte = b[i++] ?? 0;
    n += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [n, i];
    shift += 7;
  }
};

/** A LevelDB table file's blocks, snappy-decompressed where the block says so (footer → index → data blocks). */
function leveldbTableBlocks(file: Uint8Array): Uint8Array[] {
  const footer = file.length - 48;
  const [, afterMeta] = varint(file, footer);
  const [, metaEnd] = varint(file, afterMeta);
  const [indexAt] = varint(file, metaEnd);
  const [indexSize] = varint(file, varint(file, metaEnd)[1]);
  const block = (at: number, size: number) => {
    const raw = file.subarray(at, at + size);
    return file[at + size] === 1 ? uncompress(raw) : raw;
  };
  const index = block(indexAt, indexSize);
  const blocks: Uint8Array[] = [index];
  // Index entries: shared, non-shared, value length, key delta, value (a block handle). Restarts at the end.
  const restarts = new DataView(index.buffer, index.byteOffset).getUint32(index.length - 4, true);
  const end = index.length - 4 - restarts * 4;
  for (let i = 0; i < end; ) {
    const [, a] = varint(index, i);
    const [nonShared, b] = varint(index, a);
    const [valueLength, c] = varint(index, b);
    const [at, d] = varint(index, c + nonShared);
    const [size] = varint(index, d);
    blocks.push(block(at, size));
    i = c + nonShared + valueLength;
  }
  return blocks;
}

/** Firefox's IndexedDB values (object_data.data), each snappy-compressed: read through SQLite (WAL included). */
function firefoxValues(file: string): Buffer[] {
  // Firefox holds the database locked: read a copy (with its -wal, which SQLite replays on open).
  const dir = mkdtempSync(path.join(tmpdir(), 'rounds-idb-'));
  const copy = path.join(dir, 'copy.sqlite');
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  const db = new DatabaseSync(copy);
  try {
    const rows = db.prepare('SELECT data FROM object_data').all() as { data: Uint8Array }[];
    return rows.map((r) => {
      try {
        return Buffer.from(uncompress(r.data));
      } catch {
        return Buffer.from(r.data);
      }
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** Where each needle occurs in the files (as UTF-8/Latin-1 or UTF-16LE, also inside snappy-compressed blocks). */
export function findOnDisk(files: string[], needles: string[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    const raw = readFileSync(file);
    const views: Buffer[] = [raw];
    if (file.endsWith('.ldb')) {
      try {
        views.push(...leveldbTableBlocks(raw).map((b) => Buffer.from(b)));
      } catch (error) {
        hits.push(`${file}: unreadable table (${String(error)})`);
      }
    }
    if (file.endsWith('.sqlite')) views.push(...firefoxValues(file));
    for (const needle of needles)
      for (const view of views) {
        if (view.includes(Buffer.from(needle, 'utf8'))) hits.push(`${needle} in ${file} (UTF-8)`);
        if (view.includes(utf16(needle))) hits.push(`${needle} in ${file} (UTF-16)`);
      }
  }
  return [...new Set(hits)];
}
