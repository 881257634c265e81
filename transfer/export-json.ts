import type { RoundsDatabase } from '../storage/database';
import { issuesOf } from '../storage/validation';
import { type Progress, yieldToPage } from './chunks';
import { type ExportScope, readOrder, scopeSources } from './export-scope';
import { exportFileName, exportFormat, exportVersion } from './format';
import {
  rowSchemas,
  storedShapeChecks,
  type TableCounts,
  type TransferTableName,
  transferTableNames,
  zeroCounts,
} from './tables';

export interface ExportOptions {
  scope?: ExportScope;
  onProgress?: Progress;
  /** The export time (tests pass a fixed one). */
  now?: Date;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  counts: TableCounts;
  /** Stored rows that no longer pass their schema: exported as stored, but the file will not import until fixed. */
  problems: string[];
}

/** Writes the scope as a rounds-export JSON file, chunk by chunk, without blocking the page. */
export async function exportJson(db: RoundsDatabase, options: ExportOptions = {}): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const sources = scopeSources(db, options.scope ?? { kind: 'all' });
  const counts = zeroCounts();
  const problems: string[] = [];
  const parts = new Map<TransferTableName, string[]>();
  // Progress counts rows scanned; for scoped exports it is an upper bound.
  let total = 0;
  for (const t of transferTableNames) total += await db.table(t).count();
  let done = 0;
  for (const table of readOrder) {
    const tableParts: string[] = [];
    for await (const chunk of sources[table]()) {
      const current = storedShapeChecks[table];
      const rows = chunk.map((row, i) => {
        // Every write path parses with the current schema, so a row with the current key shape is exported as
        // read. Rows written by older versions lack a key: they are parsed and gain their defaults here.
        if (current(row)) return row;
        const parsed = rowSchemas[table].safeParse(row);
        if (parsed.success) return parsed.data;
        if (problems.length < 100) problems.push(...issuesOf(parsed.error, `${table}[${counts[table] + i}]`));
        return row;
      });
      const json = JSON.stringify(rows);
      tableParts.push(json.slice(1, -1));
      counts[table] += rows.length;
      done += rows.length;
      options.onProgress?.(Math.min(done, total), total, `read ${table}`);
      await yieldToPage();
    }
    parts.set(table, tableParts);
  }
  const header = { format: exportFormat, version: exportVersion, exportedAt: now.toISOString(), counts };
  const out: string[] = [`${JSON.stringify(header).slice(0, -1)},"data":{`];
  transferTableNames.forEach((table, i) => {
    out.push(`${i ? ',' : ''}${JSON.stringify(table)}:[`);
    (parts.get(table) ?? []).forEach((part, j) => {
      out.push(j ? `,${part}` : part);
    });
    out.push(']');
  });
  out.push('}}');
  options.onProgress?.(total, total, 'done');
  return { blob: new Blob(out, { type: 'application/json' }), fileName: exportFileName(now), counts, problems };
}
