import { issuesOf } from '../../storage/validation';
import { yieldToPage } from './chunks';
import { rowSchemas, storedShapeChecks, type TransferTableName } from './tables';

/** One table's part of the export file: JSON text parts (rows without the brackets), row count, problems. */
export interface TableExport {
  parts: string[];
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
    result.parts.push(JSON.stringify(rows).slice(1, -1));
    result.count += rows.length;
    onRows(rows.length);
    await yieldToPage();
  }
  return result;
}
