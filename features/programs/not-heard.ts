import type { RoundsDatabase } from '../../storage/database';
import type { Outreach, Physician } from '../../storage/schemas';

/**
 * Live physicians carrying `territory` as a tag (every physician when it is empty) to whom no live outreach ever
 * presented `programId`: the liaison's list for "who in the north has not heard about the trial yet".
 */
export function notHeard(
  physicians: readonly Physician[],
  outreach: Iterable<Pick<Outreach, 'physicianIds' | 'programIds' | 'deletedAt'>>,
  programId: string,
  territory: string,
): Physician[] {
  const heard = new Set<string>();
  for (const o of outreach)
    if (!o.deletedAt && o.programIds.includes(programId)) for (const id of o.physicianIds) heard.add(id);
  return physicians.filter((p) => !p.deletedAt && !heard.has(p.id) && (territory === '' || p.tags.includes(territory)));
}

/** The same over the database: one pass over outreach, keeping only the ids. */
export async function loadNotHeard(db: RoundsDatabase, programId: string, territory: string): Promise<Physician[]> {
  const presented: Pick<Outreach, 'physicianIds' | 'programIds' | 'deletedAt'>[] = [];
  await db.outreach.each((o) => {
    if (o.programIds?.includes(programId)) presented.push(o);
  });
  return notHeard(await db.physicians.toArray(), presented, programId, territory);
}

/** Every tag on a live physician (territories are tags), sorted. */
export function territoriesOf(physicians: readonly Physician[]): string[] {
  return [...new Set(physicians.filter((p) => !p.deletedAt).flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
}
