import { foldName, nameTokens } from '../../storage/name-keys';
import type { TransferTableName } from './tables';

/**
 * Recomputes index fields the repositories derive (name tokens, name key, page key), so a hand-edited or
 * older file can never leave an index out of step with the text it indexes.
 */
export function withDerivedFields<R extends object>(table: TransferTableName, row: R): R {
  const r = row as Record<string, unknown>;
  if (table === 'physicians')
    return { ...row, nameTokens: nameTokens(r as { first?: string; middle?: string; last?: string }) };
  if (table === 'practices') return { ...row, nameKey: foldName(String(r.name ?? '')) };
  if (table === 'notes' || table === 'referrals') {
    const page = r.page as { key?: string } | null | undefined;
    return { ...row, pageKey: page?.key ?? null };
  }
  return row;
}

/** Points physician references at merged ids (`idMap` from NPI merges); duplicates in lists are dropped. */
export function repointPhysicians<R extends object>(row: R, idMap: ReadonlyMap<string, string>): R {
  if (idMap.size === 0) return row;
  const r = row as Record<string, unknown>;
  let out = row;
  if (Array.isArray(r.physicianIds)) {
    const ids = [...new Set((r.physicianIds as string[]).map((id) => idMap.get(id) ?? id))];
    out = { ...out, physicianIds: ids };
  }
  if (typeof r.physicianId === 'string' && idMap.has(r.physicianId)) {
    out = { ...out, physicianId: idMap.get(r.physicianId) };
  }
  // An event's invitees and attendees (schema version 4).
  for (const key of ['attendeeIds', 'inviteeIds'] as const) {
    if (Array.isArray(r[key]))
      out = { ...out, [key]: [...new Set((r[key] as string[]).map((id) => idMap.get(id) ?? id))] };
  }
  return out;
}
