import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { slices, yieldToPage } from './chunks';
import { primaryKeyOf, type RecordTableName, rowSchemas, storedShapeChecks, type TransferTableName } from './tables';

/** How many of a table's records the import adds, changes, leaves alone, or keeps in Rounds' version. */
export interface TablePreview {
  new: number;
  updated: number;
  unchanged: number;
  conflicting: number;
}

/** A record whose copy in the file is not used, and why (shown in the preview). */
export interface Conflict {
  table: TransferTableName;
  id: string;
  reason: string;
}

type Row = { id?: string; key?: string; createdAt?: string; updatedAt?: string; deletedAt?: string | null };
const time = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : Number.NaN);
const day = (v: unknown) => String(v).slice(0, 10);

/** Compares a table's incoming rows with the stored ones: newer `updatedAt` wins, deletions stay unless the file is newer. */
export async function compareTable(
  db: RoundsDatabase,
  table: RecordTableName,
  rows: object[],
  options: { onChunk: (n: number) => void },
): Promise<{ preview: TablePreview; writes: object[]; conflicts: Conflict[] }> {
  const preview: TablePreview = { new: 0, updated: 0, unchanged: 0, conflicting: 0 };
  const writes: object[] = [];
  const conflicts: Conflict[] = [];
  const conflict = (id: string, reason: string) => {
    preview.conflicting++;
    conflicts.push({ table, id, reason });
  };

  // The same record twice in one file: the newer copy stands for both.
  const byKey = new Map<string, Row>();
  for (const row of rows as Row[]) {
    const key = primaryKeyOf(row);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, row);
    else {
      const keepNew = time(row.updatedAt) > time(seen.updatedAt);
      if (keepNew) byKey.set(key, row);
      conflict(key, 'appears more than once in the file; the most recently changed copy is used');
    }
  }

  for (const keys of slices([...byKey.keys()], 5_000)) {
    const stored = (await db.table(table).bulkGet(keys)) as (Row | undefined)[];
    keys.forEach((key, i) => {
      const incoming = byKey.get(key) as Row;
      const raw = stored[i];
      if (!raw) {
        preview.new++;
        writes.push(incoming);
        return;
      }
      // Rows written by older versions are parsed into the current shape before comparing.
      const parsed = storedShapeChecks[table](raw)
        ? { success: true as const, data: raw }
        : rowSchemas[table].safeParse(raw);
      const current = (parsed.success ? parsed.data : raw) as Row;
      if (JSON.stringify(current) === JSON.stringify(incoming)) {
        preview.unchanged++;
        return;
      }
      const tIn = time(incoming.updatedAt);
      const tHere = time(current.updatedAt);
      if (tIn > tHere || (Number.isNaN(tHere) && !parsed.success)) {
        preview.updated++;
        const createdAt = time(current.createdAt) < time(incoming.createdAt) ? current.createdAt : incoming.createdAt;
        writes.push({ ...incoming, createdAt });
      } else if (current.deletedAt && !incoming.deletedAt) {
        conflict(key, t('transfer.staysDeletedDeletedInRounds', { day: day(current.deletedAt) }));
      } else if (tIn < tHere) {
        conflict(
          key,
          t('transfer.keptTheCopyInRounds', { day: day(current.updatedAt), day2: day(incoming.updatedAt) }),
        );
      } else {
        conflict(key, 'kept the copy in Rounds: both copies were changed at the same moment but differ');
      }
    });
    options.onChunk(keys.length);
    await yieldToPage();
  }
  return { preview, writes, conflicts };
}
