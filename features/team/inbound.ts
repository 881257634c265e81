import type { RoundsDatabase } from '../../storage/database';
import { markRemote } from '../../storage/team/team-writes';
import { fromDoc, mergeInbound } from './team-docs';

/** A server document that was not written, and why (shown in Options → Team). */
export interface Quarantined {
  id: string;
  reason: string;
}

export interface ChangeFeed {
  changes(options: {
    since: string | number;
    limit: number;
    include_docs: true;
    conflicts: true;
  }): Promise<{ results: { id: string; doc?: unknown; deleted?: boolean }[]; last_seq: string | number }>;
}

export interface InboundResult {
  applied: number;
  quarantined: Quarantined[];
  /** Document ids with conflicting revisions now, and those no longer in conflict. */
  conflicted: string[];
  settled: string[];
  lastSeq: string | number;
}

/**
 * Applies one batch of the local replica's changes to Rounds: every document is parsed by its table's zod schema
 * (a bad one is quarantined, never written), merged with the fields this browser withheld, and written in one
 * transaction marked remote (no authorship stamp, no outbox row: nothing echoes back). Design documents and
 * deletions are skipped (a record is removed by its soft delete, which replicates as a field).
 */
export async function applyChanges(db: RoundsDatabase, feed: ChangeFeed, since: string | number, limit = 500) {
  const { results, last_seq } = await feed.changes({ since, limit, include_docs: true, conflicts: true });
  const out: InboundResult = { applied: 0, quarantined: [], conflicted: [], settled: [], lastSeq: last_seq };
  const byTable = new Map<string, Record<string, unknown>[]>();
  for (const change of results) {
    if (change.id.startsWith('_design/') || change.deleted || !change.doc) continue;
    const parsed = fromDoc(change.doc);
    if (!parsed.ok) {
      out.quarantined.push({ id: change.id, reason: parsed.reason });
      continue;
    }
    const conflicts = (change.doc as { _conflicts?: unknown[] })._conflicts;
    (conflicts?.length ? out.conflicted : out.settled).push(change.id);
    byTable.set(parsed.table, [...(byTable.get(parsed.table) ?? []), parsed.row]);
  }
  for (const [table, rows] of byTable) {
    await db.transaction('rw', [db.table(table), db.syncOutbox], async (tx) => {
      markRemote(tx);
      // A record changed here and not yet in the replica waits: the next drain writes it on top (or beside, as a
      // conflict), and its document comes round again. A server copy never overwrites an unreplicated edit.
      const keys = [`${table}:*`, ...rows.map((r) => `${table}:${String(r.id)}`)];
      const pending = await tx.table('syncOutbox').bulkGet(keys);
      if (pending[0]) return;
      const fresh = rows.filter((_r, i) => !pending[i + 1]);
      const local = await tx.table(table).bulkGet(fresh.map((r) => r.id as string));
      const merged = fresh.map((row, i) => mergeInbound(table as never, row, local[i] as never));
      await tx.table(table).bulkPut(merged);
      out.applied += merged.length;
    });
  }
  return { ...out, more: results.length === limit };
}
