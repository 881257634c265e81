import { type DirectoryIndexRecord, directoryIndexFormat } from '../../../storage/schemas/directory-index';
import { type DirectoryEntry, type PackedDocs, PhysicianIndex } from './physician-index';
import { TokenDictionary } from './token-dictionary';

const fieldEnd = '\u001f';
const listSeparator = '\u001e';
// The separators never occur in what is shown (control characters): dropped, not escaped.
const clean = (text: string) => text.replaceAll(fieldEnd, '').replaceAll(listSeparator, '');

/** The display fields kept per doc, in this order: id, prefix, first, middle, last, suffix, credentials, npi, specialty, practice. */
function packEntry(e: DirectoryEntry): string {
  const credentials = e.credentials.map(clean).join(listSeparator);
  const fields = [e.id, e.prefix, e.first, e.middle, e.last, e.suffix, credentials, e.npi ?? '', e.specialty];
  return `${fields.map((f, i) => (i === 6 ? f : clean(f))).join(fieldEnd)}${fieldEnd}${clean(e.practiceName)}${fieldEnd}`;
}

function unpackEntry(text: string): DirectoryEntry {
  const f = text.split(fieldEnd);
  const npi = f[7] as string;
  return {
    id: f[0] as string,
    prefix: f[1] as string,
    first: f[2] as string,
    middle: f[3] as string,
    last: f[4] as string,
    suffix: f[5] as string,
    credentials: f[6] ? (f[6] as string).split(listSeparator) : [],
    ...(npi ? { npi } : {}),
    specialty: f[8] as string,
    practiceName: f[9] as string,
  };
}

/**
 * Packs an index for storage (`newest`: the newest `updatedAt` in the table it reflects, deleted rows included):
 * docs renumbered densely (removed ones dropped), postings and per-doc tokens as Int32Arrays with offsets, display
 * fields as one string with offsets. Structured clone copies these as bytes, and the unpacked index reads a doc's
 * fields or tokens only when a search reaches it: loading 50,000 physicians is one record read and a few passes.
 */
export function packIndex(index: PhysicianIndex, newest: string, stamp: string): DirectoryIndexRecord {
  const d = index.dictionary;
  const renumber = new Int32Array(index.docCount).fill(-1);
  const entries: string[] = [];
  const entryStart: number[] = [0];
  const docStart: number[] = [0];
  const docEntries: number[] = [];
  let size = 0;
  let length = 0;
  for (let doc = 0; doc < index.docCount; doc++) {
    const row = index.row(doc);
    if (!row) continue;
    renumber[doc] = size++;
    const packed = packEntry(row);
    entries.push(packed);
    length += packed.length;
    entryStart.push(length);
    for (const entry of index.tokensOf(doc)) docEntries.push(entry);
    docStart.push(docEntries.length);
  }
  const postingStart = new Int32Array(d.tokens.length + 1);
  const postings: number[] = [];
  for (let id = 0; id < d.tokens.length; id++) {
    for (const entry of d.list(id)) {
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
    entries: entries.join(''),
    entryStart: Int32Array.from(entryStart),
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

const increasing = (a: Int32Array) => a.every((v, i) => i === 0 || v >= (a[i - 1] as number));

/** Why a stored record cannot be used as it is (then the caller rebuilds), or null when it is sound. */
function problem(r: DirectoryIndexRecord, tokens: unknown): string | null {
  const n = r.size;
  const t = Array.isArray(tokens) ? tokens.length : -1;
  if (t < 0 || !tokens || (tokens as unknown[]).some((x) => typeof x !== 'string')) return 'tokens unreadable';
  if (r.entryStart.length !== n + 1 || r.entryStart[n] !== r.entries.length || r.entryStart[0] !== 0)
    return 'entries do not match the size';
  if (!increasing(r.entryStart)) return 'entries out of order';
  if (r.sorted.length !== t || r.masks.length !== t || r.lengths.length !== t) return 'token tables differ';
  if (r.postingStart.length !== t + 1 || r.postingStart[t] !== r.postings.length || !increasing(r.postingStart))
    return 'postings do not add up';
  if (r.docStart.length !== n + 1 || r.docStart[n] !== r.docEntries.length || !increasing(r.docStart))
    return 'doc tokens do not add up';
  for (const e of r.postings) if (e < 0 || e >> 3 >= n) return 'a posting names no doc';
  for (const e of r.docEntries) if (e < 0 || e >> 3 >= t) return 'a doc names no token';
  for (const id of r.sorted) if (id < 0 || id >= t) return 'the token order names no token';
  for (const id of r.wordIds) if (id < 0 || id >= t) return 'a word id names no token';
  return null;
}

/** The index a stored record describes; throws when the record does not hold together (the caller rebuilds). */
export function unpackIndex(r: DirectoryIndexRecord): PhysicianIndex {
  const tokens = JSON.parse(r.tokens) as unknown;
  const wrong = problem(r, tokens);
  if (wrong) throw new Error(`stored directory index: ${wrong}`);
  const text = (doc: number) => r.entries.slice(r.entryStart[doc], r.entryStart[doc + 1]);
  const docs: PackedDocs<DirectoryEntry> = {
    size: r.size,
    id: (doc) => r.entries.slice(r.entryStart[doc], r.entries.indexOf(fieldEnd, r.entryStart[doc])),
    entry: (doc) => unpackEntry(text(doc)),
    tokens: (doc) => r.docEntries.subarray(r.docStart[doc], r.docStart[doc + 1]),
  };
  const dictionary = TokenDictionary.unpack({ ...r, tokens: tokens as string[] });
  return new PhysicianIndex(dictionary, docs);
}
