import { Zip, ZipDeflate } from 'fflate';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician, Practice } from '../../storage/schemas';
import { type Progress, readInChunks, yieldToPage } from './chunks';
import { type CsvLookups, csvColumns } from './csv-columns';
import { type CsvColumn, csvFileParts, csvText } from './csv-format';
import { localDay } from './format';
import { rowSchemas, storedShapeChecks } from './tables';

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
  return {
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
  const parts = await tableParts(db, table, await lookups(db), options);
  const fileName = `rounds-${table}-${localDay(options.now ?? new Date())}.csv`;
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName };
}

/** A zip of all four CSV files, compressed part by part so the page stays responsive. */
export async function exportCsvZip(
  db: RoundsDatabase,
  options: CsvOptions = {},
): Promise<{ blob: Blob; fileName: string }> {
  const l = await lookups(db);
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  for (const table of csvTables) {
    const entry = new ZipDeflate(`${table}.csv`, { level: 6 });
    zip.add(entry);
    for (const part of await tableParts(db, table, l, options)) {
      entry.push(encoder.encode(part));
      await yieldToPage();
    }
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  if (failure) throw failure;
  const fileName = `rounds-csv-${localDay(options.now ?? new Date())}.zip`;
  return { blob: new Blob(out as BlobPart[], { type: 'application/zip' }), fileName };
}
