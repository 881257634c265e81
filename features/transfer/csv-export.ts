import { assertUnlocked } from '../../storage/crypto/cipher-state';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician, Practice } from '../../storage/schemas';
import { type Progress, readInChunks, yieldToPage } from './chunks';
import { type CsvLookups, csvColumns } from './csv-columns';
import { type CsvColumn, csvFileParts, csvText } from './csv-format';
import { localDay } from './format';
import { rowSchemas, storedShapeChecks } from './tables';
import { zipTextFiles } from './zip-parts';

export const csvTables = ['physicians', 'outreach', 'referrals', 'notes'] as const;
export type CsvTable = (typeof csvTables)[number];

export interface CsvOptions {
  /** Soft-deleted rows are left out of spreadsheets unless asked for. */
  includeDeleted?: boolean;
  onProgress?: Progress;
  now?: Date;
}

/** Loads id → display name maps for physicians and practices. */
async function lookups(db: RoundsDatabase): Promise<CsvLookups> {
  const physicians = new Map<string, string>();
  const practices = new Map<string, string>();
  for await (const chunk of readInChunks<Physician>(db.physicians)) {
    for (const p of chunk) physicians.set(p.id, p.first ? `${p.last}, ${p.first}` : p.last);
  }
  for await (const chunk of readInChunks<Practice>(db.practices)) for (const p of chunk) practices.set(p.id, p.name);
  const programs = new Map((await db.programs.toArray()).map((p) => [p.id, p.name]));
  return {
    programName: (id) => programs.get(id) ?? id,
    physicianName: (id) => physicians.get(id) ?? id,
    practiceName: (id) => (id ? (practices.get(id) ?? id) : ''),
  };
}

/** Text parts of one table's CSV file (BOM first, CRLF after every line). */
async function tableParts(db: RoundsDatabase, table: CsvTable, l: CsvLookups, options: CsvOptions): Promise<string[]> {
  const columns = csvColumns(l)[table] as CsvColumn<unknown>[];
  const chunks: string[] = [];
  const total = await db.table(table).count();
  let done = 0;
  for await (const raw of readInChunks(db.table(table))) {
    const rows = raw.flatMap((row) => {
      // Older stored rows gain their defaults; rows that no longer parse are left out rather than half-written.
      const parsed = storedShapeChecks[table](row)
        ? { success: true as const, data: row }
        : rowSchemas[table].safeParse(row);
      if (!parsed.success) return [];
      return options.includeDeleted || !(parsed.data as { deletedAt: unknown }).deletedAt ? [parsed.data] : [];
    });
    if (rows.length) chunks.push(csvText(rows, columns, false));
    done += raw.length;
    options.onProgress?.(done, total, `csv ${table}`);
    await yieldToPage();
  }
  return csvFileParts(chunks, csvText([], columns, true));
}

/** One CSV file (UTF-8 with BOM, CRLF) of physicians, outreach, referrals or notes. */
export async function exportCsv(
  db: RoundsDatabase,
  table: CsvTable,
  options: CsvOptions = {},
): Promise<{ blob: Blob; fileName: string }> {
  assertUnlocked();
  const parts = await tableParts(db, table, await lookups(db), options);
  const fileName = `rounds-${table}-${localDay(options.now ?? new Date())}.csv`;
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName };
}

/** A zip of all four CSV files, compressed part by part so the page stays responsive. */
export async function exportCsvZip(
  db: RoundsDatabase,
  options: CsvOptions = {},
): Promise<{ blob: Blob; fileName: string }> {
  assertUnlocked();
  const l = await lookups(db);
  const blob = await zipTextFiles(
    (async function* () {
      for (const table of csvTables) yield { name: `${table}.csv`, parts: await tableParts(db, table, l, options) };
    })(),
  );
  const fileName = `rounds-csv-${localDay(options.now ?? new Date())}.zip`;
  return { blob, fileName };
}
