import { cipherSnapshot } from '../../storage/crypto/cipher-state';
import type { TableExport } from './export-table';
import type { ExportWorkerReply } from './export-worker';
import type { TransferTableName } from './tables';

/** Whether this context can run the export worker (extension pages; not service workers or Node tests). */
export function canExportInWorker(): boolean {
  return typeof Worker === 'function' && typeof document !== 'undefined' && import.meta.env.MODE !== 'test';
}

/** Exports whole tables in a worker (its own database connection), so reading and stringifying use a second core. */
export function exportInWorker(
  dbName: string,
  tables: TransferTableName[],
  onRows: (n: number) => void,
): Promise<Map<TransferTableName, TableExport>> {
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  const results = new Map<TransferTableName, TableExport>();
  return new Promise<Map<TransferTableName, TableExport>>((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(event.message || 'the export worker failed to start'));
    worker.onmessage = (event: MessageEvent<ExportWorkerReply>) => {
      const m = event.data;
      if (m.kind === 'rows') onRows(m.n);
      else if (m.kind === 'table') results.set(m.table, { parts: m.parts, count: m.count, problems: m.problems });
      else if (m.kind === 'done') resolve(results);
      else reject(new Error(m.message));
    };
    worker.postMessage({ name: dbName, tables, cipher: cipherSnapshot() });
  }).finally(() => worker.terminate());
}

/** Splits tables between the page and the worker so each side reads about half of the rows. */
export function splitTables(counts: Partial<Record<TransferTableName, number>>): {
  page: TransferTableName[];
  worker: TransferTableName[];
} {
  const sorted = (Object.keys(counts) as TransferTableName[]).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
  const sides = { page: [] as TransferTableName[], worker: [] as TransferTableName[] };
  let page = 0;
  let worker = 0;
  for (const t of sorted) {
    if (worker <= page) {
      sides.worker.push(t);
      worker += counts[t] ?? 0;
    } else {
      sides.page.push(t);
      page += counts[t] ?? 0;
    }
  }
  return sides;
}
