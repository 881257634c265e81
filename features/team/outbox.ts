import type { RoundsDatabase } from '../../storage/database';
import type { SyncOutboxRow } from '../../storage/schemas';
import { type SharedTable, sharedTables } from '../../storage/team/shared-tables';
import { docIdOf, sameContent, type TeamDoc, toDoc } from './team-docs';

/** The part of a PouchDB database the outbox uses (the local replica; a test passes the real thing). */
export interface DocStore {
  allDocs(options: { keys: string[]; include_docs: true }): Promise<{
    rows: (
      | { key: string; value?: { rev: string; deleted?: boolean }; doc?: unknown }
      | { key: string; error: string }
    )[];
  }>;
  bulkDocs(docs: object[]): Promise<({ ok?: boolean; id?: string; error?: unknown } | object)[]>;
}

const batchSize = 500;

/** Record ids per table named by the outbox rows (`table:*` reads every id of the table). */
async function idsOf(db: RoundsDatabase, rows: SyncOutboxRow[]): Promise<Map<SharedTable, Set<string>>> {
  const out = new Map<SharedTable, Set<string>>();
  for (const { id } of rows) {
    const at = id.indexOf(':');
    const table = id.slice(0, at) as SharedTable;
    if (!sharedTables.includes(table)) continue;
    const ids = out.get(table) ?? new Set<string>();
    out.set(table, ids);
    const key = id.slice(at + 1);
    if (key === '*') for (const k of await db.table(table).toCollection().primaryKeys()) ids.add(String(k));
    else ids.add(key);
  }
  return out;
}

/**
 * Copies the shared records the outbox names into the local replica (a new revision only where the content
 * changed: an echo of a server row is not pushed back; a row without an author is shared as `author`'s), then removes the outbox rows whose token it saw. A record
 * no longer in Rounds is not deleted on the server: deletes replicate as the soft delete (`deletedAt`). Returns
 * how many documents it wrote.
 */
export async function drainOutbox(db: RoundsDatabase, local: DocStore, author: string): Promise<number> {
  const seen = await db.syncOutbox.toArray();
  if (!seen.length) return 0;
  let written = 0;
  const failed = new Set<string>();
  for (const [table, idSet] of await idsOf(db, seen)) {
    const ids = [...idSet];
    for (let i = 0; i < ids.length; i += batchSize) {
      const slice = ids.slice(i, i + batchSize);
      const rows = await db.table(table).bulkGet(slice);
      const stored = await local.allDocs({ keys: slice.map((id) => docIdOf(table, id)), include_docs: true });
      const docs: TeamDoc[] = [];
      rows.forEach((row, n) => {
        if (!row) return;
        const doc = toDoc(table, row as Record<string, unknown>);
        // Written before sign-in (an existing directory, an edit while signed out): the member who shares it.
        doc.row.createdBy ||= author;
        doc.row.updatedBy ||= author;
        const have = stored.rows[n];
        const current = have && 'doc' in have && have.doc && !have.value?.deleted ? (have.doc as TeamDoc) : undefined;
        if (current && sameContent(current, doc)) return;
        if (have && 'value' in have && have.value) doc._rev = have.value.rev;
        if (current?.discarded) doc.discarded = current.discarded;
        docs.push(doc);
      });
      const results = docs.length ? await local.bulkDocs(docs) : [];
      results.forEach((r, n) => {
        // A revision pulled in meanwhile (409): the outbox row stays and the next drain writes on top of it.
        if ('error' in r && r.error) failed.add(docs[n]?._id ?? '').add(`${table}:*`);
        else written++;
      });
    }
  }
  await db.transaction('rw', db.syncOutbox, async () => {
    const now = await db.syncOutbox.bulkGet(seen.map((r) => r.id));
    const done = seen.filter((r, i) => now[i]?.token === r.token && !failed.has(r.id)).map((r) => r.id);
    await db.syncOutbox.bulkDelete(done);
  });
  return written;
}
