import { type TeamDoc, toDoc } from './team-docs';

export interface ConflictVersion {
  rev: string;
  row: Record<string, unknown>;
}

/** The part of PouchDB conflict resolution uses (the local replica; tests pass the real thing). */
export interface RevStore {
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<unknown>;
  bulkDocs(docs: object[]): Promise<unknown[]>;
}

/** Both (or all) versions of a record in conflict, the one CouchDB chose first; [] when it is not in conflict. */
export async function conflictVersions(local: RevStore, id: string): Promise<ConflictVersion[]> {
  const winner = (await local.get(id, { conflicts: true })) as TeamDoc & { _rev: string };
  const losers = winner._conflicts ?? [];
  if (!losers.length) return [];
  const others = await Promise.all(losers.map((rev) => local.get(id, { rev }) as Promise<TeamDoc & { _rev: string }>));
  return [winner, ...others].map((d) => ({ rev: d._rev, row: d.row }));
}

/**
 * Resolves a conflict by the version the liaison kept: written as the next revision of CouchDB's winner, the other
 * branches closed. Nothing is lost: the versions not kept ride along on the document (`discarded`, the last 20,
 * with who resolved and when), so compaction cannot drop them; the choice replicates to the team like any change.
 */
export async function resolveConflict(
  local: RevStore,
  id: string,
  keepRev: string,
  by: { author: string; at: string },
): Promise<void> {
  const versions = await conflictVersions(local, id);
  const [winner] = versions;
  const kept = versions.find((v) => v.rev === keepRev);
  if (!winner || !kept) throw new Error('This record is no longer in conflict (someone resolved it already).');
  const current = (await local.get(id)) as TeamDoc;
  const doc = toDoc(current.table, { ...kept.row, updatedBy: by.author, updatedAt: by.at });
  const dropped = versions.filter((v) => v !== kept).map((v) => ({ rev: v.rev, row: v.row, by: by.author, at: by.at }));
  doc.discarded = [...(current.discarded ?? []), ...dropped].slice(-20);
  const docs: object[] = [{ ...doc, _rev: winner.rev }];
  for (const v of versions.slice(1)) docs.push({ _id: id, _rev: v.rev, _deleted: true });
  await local.bulkDocs(docs);
}
