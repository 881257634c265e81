import { z } from 'zod';

/**
 * Derived data (schema version 5): the directory's search index, packed, so that a page or a restarted background
 * loads one record instead of reading every physician row. Never exported or imported; Delete all data clears it;
 * anything that does not parse (an older format, a torn or corrupt record) is rebuilt from the physicians table.
 */
export const directoryIndexFormat = 1;

const int32 = z.instanceof(Int32Array);

export const directoryIndexRecord = z.object({
  key: z.literal('directory'),
  format: z.literal(directoryIndexFormat),
  /** Random per packing; the `stamp` record repeats it (a writer packs only over the record it loaded). */
  stamp: z.string(),
  /** The newest `updatedAt` among the indexed rows: a row newer than this that the change log lacks means stale. */
  newest: z.string(),
  size: z.number().int().min(0),
  /** The indexed rows' display fields, in doc order: fields end with U+001F, credentials joined by U+001E. */
  entries: z.string(),
  /** Where each doc's fields start in `entries` (size + 1 offsets). */
  entryStart: int32,
  /** JSON of the unique folded tokens, by token id. */
  tokens: z.string(),
  /** Token ids ordered by token text. */
  sorted: int32,
  /** Per token id its postings `doc * 8 + field`, from `postingStart[id]` to `postingStart[id + 1]`. */
  postingStart: int32,
  postings: int32,
  /** Per doc its entries `token * 8 + field`, from `docStart[doc]` to `docStart[doc + 1]`. */
  docStart: int32,
  docEntries: int32,
  masks: int32,
  lengths: z.instanceof(Uint8Array),
  wordIds: int32,
});
export type DirectoryIndexRecord = z.infer<typeof directoryIndexRecord>;

/** The small record naming the current packing, read before a write so two writers never overwrite newer work. */
export const directoryIndexStamp = z.object({ key: z.literal('stamp'), stamp: z.string() });
export type DirectoryIndexStamp = z.infer<typeof directoryIndexStamp>;
export const directoryIndexRow = z.union([directoryIndexRecord, directoryIndexStamp]);

/** One pending directory change: a physician id written since the stored index was packed, with a token per write. */
export const directoryChange = z.object({ id: z.string(), token: z.string() });
export type DirectoryChange = z.infer<typeof directoryChange>;
