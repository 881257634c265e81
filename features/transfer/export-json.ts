import { assertUnlocked } from '../../storage/crypto/cipher-state';
import type { RoundsDatabase } from '../../storage/database';
import type { Progress } from './chunks';
import { canExportInWorker, exportInWorker, splitTables } from './export-parallel';
import { type ExportScope, readOrder, scopeSources } from './export-scope';
import { exportTable, type TableExport } from './export-table';
import { exportFileName, exportFormat, exportVersion } from './format';
import { type TableCounts, type TransferTableName, transferTableNames, zeroCounts } from './tables';

export interface ExportOptions {
  scope?: ExportScope;
  onProgress?: Progress;
  /** The export time (tests pass a fixed one). */
  now?: Date;
  /** Use a worker for half of the tables when exporting everything (default: where workers exist). */
  parallel?: boolean;
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
  assertUnlocked();
  const now = options.now ?? new Date();
  const scope = options.scope ?? { kind: 'all' };
  const sources = scopeSources(db, scope);
  const tableCounts = zeroCounts();
  // Progress counts rows scanned; for scoped exports it is an upper bound.
  let total = 0;
  for (const t of transferTableNames) total += tableCounts[t] = await db.table(t).count();
  let done = 0;
  const progress = (phase: string) => (n: number) => {
    done += n;
    options.onProgress?.(Math.min(done, total), total, phase);
  };
  const results = new Map<TransferTableName, TableExport>();
  const run = async (table: TransferTableName) =>
    results.set(table, await exportTable(table, sources[table](), progress(`read ${table}`)));

  // "Everything": about half of the rows are read and stringified in a worker, on a second core.
  let pageTables = readOrder;
  let workerTables: TransferTableName[] = [];
  let fromWorker: Promise<Map<TransferTableName, TableExport> | null> = Promise.resolve(null);
  if (scope.kind === 'all' && (options.parallel ?? true) && canExportInWorker()) {
    const split = splitTables(tableCounts);
    pageTables = readOrder.filter((t) => split.page.includes(t));
    workerTables = split.worker;
    fromWorker = exportInWorker(db.name, workerTables, progress('read')).catch((error: unknown) => {
      console.warn('[rounds] export worker failed; exporting on the page', error);
      return null;
    });
  }
  for (const table of pageTables) await run(table);
  const worked = await fromWorker;
  for (const table of workerTables) {
    const result = worked?.get(table);
    if (result) results.set(table, result);
    else await run(table);
  }
  const counts = zeroCounts();
  const problems: string[] = [];
  for (const t of transferTableNames) {
    counts[t] = results.get(t)?.count ?? 0;
    problems.push(...(results.get(t)?.problems ?? []));
  }
  const parts = new Map(transferTableNames.map((t) => [t, results.get(t)?.parts ?? []]));
  const header = { format: exportFormat, version: exportVersion, exportedAt: now.toISOString(), counts };
  // The file is a Blob of the chunks' Blobs with the punctuation between them: streamed, never one string.
  const out: BlobPart[] = [`${JSON.stringify(header).slice(0, -1)},"data":{`];
  transferTableNames.forEach((table, i) => {
    out.push(`${i ? ',' : ''}${JSON.stringify(table)}:[`);
    (parts.get(table) ?? []).forEach((part, j) => {
      if (j) out.push(',');
      out.push(part);
    });
    out.push(']');
  });
  out.push('}}');
  options.onProgress?.(total, total, 'done');
  return { blob: new Blob(out, { type: 'application/json' }), fileName: exportFileName(now), counts, problems };
}
