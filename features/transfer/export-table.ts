import { issuesOf } from '../../storage/validation';
import { yieldToPage } from './chunks';
import { rowSchemas, storedShapeChecks, type TransferTableName } from './tables';

/**
 * One table's part of the export file: its rows as JSON text, one Blob per chunk (rows without the brackets, never
 * empty), row count, problems. Each chunk's text becomes a Blob as soon as it is written, so the page holds one
 * chunk's rows and text at a time, never the whole file (the browser keeps Blob bytes outside the JS heap, and
 * a Blob made of Blobs does not copy them).
 */
export interface TableExport {
  parts: Blob[];
  count: number;
  problems: string[];
}

/** Turns chunks of one table's stored rows into JSON text parts, checking each row (see stored-shape.ts). */
export async function exportTable(
  table: TransferTableName,
  chunks: AsyncIterable<unknown[]>,
  onRows: (n: number) => void,
): Promise<TableExport> {
  const result: TableExport = { parts: [], count: 0, problems: [] };
  const current = storedShapeChecks[table];
  for await (const chunk of chunks) {
    const rows = chunk.map((row, i) => {
      // Every write path parses with the current schema, so a row that would parse to itself is exported as read.
      // Rows written by older versions lack a key: they are parsed here and gain their defaults.
      if (current(row)) return row;
      const parsed = rowSchemas[table].safeParse(row);
      if (parsed.success) return parsed.data;
      if (result.problems.length < 100)
        result.problems.push(...issuesOf(parsed.error, `${table}[${result.count + i}]`));
      return row;
    });
    if (rows.length > 0) result.parts.push(new Blob([JSON.stringify(rows).slice(1, -1)]));
    result.count += rows.length;
    onRows(rows.length);
    await yieldToPage();
  }
  return result;
}
