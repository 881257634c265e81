import { type DirectoryIndexRecord, directoryIndexFormat } from '../../../storage/schemas/directory-index';
import { type DirectoryEntry, PhysicianIndex } from './physician-index';
import { TokenDictionary } from './token-dictionary';

/** The display fields kept per doc, in this order (credentials as one JSON array). */
const fieldCount = 11;

function entryFields(e: DirectoryEntry, out: string[]): void {
  out.push(e.id, e.prefix, e.first, e.middle, e.last, e.suffix, JSON.stringify(e.credentials), e.npi ?? '');
  out.push(e.specialty, e.practiceName, e.updatedAt);
}

function entryAt(f: string[], i: number): DirectoryEntry {
  const npi = f[i + 7] as string;
  return {
    id: f[i] as string,
    prefix: f[i + 1] as string,
    first: f[i + 2] as string,
    middle: f[i + 3] as string,
    last: f[i + 4] as string,
    suffix: f[i + 5] as string,
    credentials: JSON.parse(f[i + 6] as string) as string[],
    ...(npi ? { npi } : {}),
    specialty: f[i + 8] as string,
    practiceName: f[i + 9] as string,
    updatedAt: f[i + 10] as string,
  };
}

/**
 * Packs an index for storage (`newest`: the newest `updatedAt` in the table it reflects, deleted rows included): docs renumbered densely (removed ones dropped), postings and per-doc tokens as
 * Int32Arrays with offsets, tokens and display fields as JSON. Structured clone copies typed arrays as bytes and
 * JSON.parse is fast, so loading 50,000 physicians is one record read and a few passes, not 50,000 rows.
 */
export function packIndex(index: PhysicianIndex, newest: string, stamp: string): DirectoryIndexRecord {
  const { dictionary: d, rows, docTokens } = index;
  const renumber = new Int32Array(rows.length).fill(-1);
  const fields: string[] = [];
  const docStart: number[] = [0];
  const docEntries: number[] = [];
  let size = 0;
  for (const [doc, row] of rows.entries()) {
    if (!row) continue;
    renumber[doc] = size++;
    entryFields(row, fields);
    for (const entry of docTokens[doc] ?? []) docEntries.push(entry);
    docStart.push(docEntries.length);
  }
  const postingStart = new Int32Array(d.tokens.length + 1);
  const postings: number[] = [];
  for (let id = 0; id < d.tokens.length; id++) {
    for (const entry of d.postings[id] ?? []) {
      const doc = renumber[entry >> 3] as number;
      if (doc >= 0) postings.push(doc * 8 + (entry & 7));
    }
    postingStart[id + 1] = postings.length;
  }
  d.settle();
  return {
    key: 'directory',
    format: directoryIndexFormat,
    stamp,
    newest,
    size,
    entries: JSON.stringify(fields),
    tokens: JSON.stringify(d.tokens),
    sorted: Int32Array.from(d.sorted),
    postingStart,
    postings: Int32Array.from(postings),
    docStart: Int32Array.from(docStart),
    docEntries: Int32Array.from(docEntries),
    masks: d.masks.slice(0, d.tokens.length),
    lengths: d.lengths.slice(0, d.tokens.length),
    wordIds: Int32Array.from(d.wordIds),
  };
}

/** Why a stored record cannot be used as it is (then the caller rebuilds), or null when it is sound. */
function problem(r: DirectoryIndexRecord, fields: unknown, tokens: unknown): string | null {
  const n = r.size;
  const t = Array.isArray(tokens) ? tokens.length : -1;
  if (!Array.isArray(fields) || fields.length !== n * fieldCount) return 'entries do not match the size';
  if (t < 0 || r.sorted.length !== t || r.masks.length !== t || r.lengths.length !== t) return 'token tables differ';
  if (r.postingStart.length !== t + 1 || r.postingStart[t] !== r.postings.length) return 'postings do not add up';
  if (r.docStart.length !== n + 1 || r.docStart[n] !== r.docEntries.length) return 'doc tokens do not add up';
  for (const e of r.postings) if (e < 0 || e >> 3 >= n) return 'a posting names no doc';
  for (const e of r.docEntries) if (e < 0 || e >> 3 >= t) return 'a doc names no token';
  for (const id of r.sorted) if (id < 0 || id >= t) return 'the token order names no token';
  for (const id of r.wordIds) if (id < 0 || id >= t) return 'a word id names no token';
  return null;
}

/** The index a stored record describes; throws when the record does not hold together (the caller rebuilds). */
export function unpackIndex(r: DirectoryIndexRecord): PhysicianIndex {
  const fields = JSON.parse(r.entries) as unknown;
  const tokens = JSON.parse(r.tokens) as unknown;
  const wrong = problem(r, fields, tokens);
  if (wrong) throw new Error(`stored directory index: ${wrong}`);
  const f = fields as string[];
  const rows: DirectoryEntry[] = new Array(r.size);
  const docTokens: Int32Array[] = new Array(r.size);
  for (let doc = 0; doc < r.size; doc++) {
    rows[doc] = entryAt(f, doc * fieldCount);
    docTokens[doc] = r.docEntries.subarray(r.docStart[doc], r.docStart[doc + 1]);
  }
  const dictionary = TokenDictionary.unpack({ ...r, tokens: tokens as string[] });
  return new PhysicianIndex({ dictionary, rows, docTokens });
}
