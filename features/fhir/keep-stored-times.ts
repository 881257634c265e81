import type { RoundsDatabase } from '../../storage/database';
import { slices } from '../transfer/chunks';
import { rowSchemas, storedShapeChecks } from '../transfer/tables';

type Row = { id: string; createdAt: string; updatedAt: string; source?: unknown };

const content = (row: Row) => JSON.stringify({ ...row, createdAt: '', updatedAt: '', source: null });

/**
 * A FHIR file without `meta.lastUpdated` says nothing of when a record changed: its rows carry the import time
 * (`now`). Where such a row says the same as Rounds' copy, it takes the stored times and source, so importing the
 * same directory twice shows it unchanged rather than updated.
 */
export async function keepStoredTimes<R extends Row>(
  db: RoundsDatabase,
  table: 'physicians' | 'practices',
  rows: R[],
  now: string,
): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of slices(rows, 5_000)) {
    const untimed = chunk.filter((r) => r.updatedAt === now);
    const stored = new Map<string, Row>();
    for (const raw of await db.table(table).bulkGet(untimed.map((r) => r.id))) {
      if (!raw) continue;
      const row = storedShapeChecks[table](raw) ? raw : rowSchemas[table].safeParse(raw).data;
      if (row) stored.set((row as Row).id, row as Row);
    }
    for (const r of chunk) {
      const here = r.updatedAt === now ? stored.get(r.id) : undefined;
      out.push(here && content(here) === content(r) ? (here as R) : r);
    }
  }
  return out;
}
