import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { slices } from './chunks';

/** One physician from the file folded into another record with the same NPI. */
export interface NpiMerge {
  npi: string;
  /** The file's id, which no longer exists after the import. */
  fromId: string;
  /** The surviving id: the record already in Rounds, or the first in the file. */
  intoId: string;
}

const newer = (a: Physician, b: Physician) => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/**
 * Folds physicians that share an NPI (with Rounds or within the file) into one record per NPI.
 * The surviving id is one Rounds already has; the content is the most recently updated copy in the file.
 * Returns the rows to compare and an id map for re-pointing notes, referrals, outreach and follow-ups.
 */
export async function mergeByNpi(
  db: RoundsDatabase,
  rows: Physician[],
  storedIds: ReadonlySet<string>,
): Promise<{ rows: Physician[]; idMap: Map<string, string>; merges: NpiMerge[] }> {
  const groups = new Map<string, Physician[]>();
  const out: Physician[] = [];
  for (const row of rows) {
    if (!row.npi) {
      out.push(row);
      continue;
    }
    const group = groups.get(row.npi);
    if (group) group.push(row);
    else groups.set(row.npi, [row]);
  }
  const storedByNpi = await storedPhysiciansByNpi(db, [...groups.keys()]);
  const idMap = new Map<string, string>();
  const merges: NpiMerge[] = [];
  for (const [npi, members] of groups) {
    const stored = storedByNpi.get(npi);
    const intoId = members.find((m) => storedIds.has(m.id))?.id ?? stored?.id ?? (members[0] as Physician).id;
    let content = members[0] as Physician;
    for (const m of members) if (newer(m, content)) content = m;
    const createdAt = members.reduce(
      (min, m) => (Date.parse(m.createdAt) < Date.parse(min) ? m.createdAt : min),
      content.createdAt,
    );
    out.push({ ...content, id: intoId, createdAt });
    for (const m of members) {
      if (m.id === intoId) continue;
      idMap.set(m.id, intoId);
      merges.push({ npi, fromId: m.id, intoId });
    }
  }
  return { rows: out, idMap, merges };
}

/** Rounds' physician per NPI; when several share one, the live, oldest record wins. */
async function storedPhysiciansByNpi(db: RoundsDatabase, npis: string[]): Promise<Map<string, Physician>> {
  const byNpi = new Map<string, Physician>();
  for (const chunk of slices(npis, 5_000)) {
    const found = await db.physicians.where('npi').anyOf(chunk).toArray();
    for (const p of found) {
      if (!p.npi) continue;
      const best = byNpi.get(p.npi);
      const better =
        !best ||
        (!!best.deletedAt && !p.deletedAt) ||
        (!!best.deletedAt === !!p.deletedAt && Date.parse(p.createdAt) < Date.parse(best.createdAt));
      if (better) byNpi.set(p.npi, p);
    }
  }
  return byNpi;
}
