import { applyCipherSnapshot, type CipherSnapshot } from '../../storage/crypto/cipher-state';
import { RoundsDatabase } from '../../storage/rounds-database';
import { readInChunks } from './chunks';
import { exportTable, type TableExport } from './export-table';
import type { TransferTableName } from './tables';

/** Messages from the export worker: rows done, one finished table, the end, or a failure. */
export type ExportWorkerReply =
  | { kind: 'rows'; n: number }
  | ({ kind: 'table'; table: TransferTableName } & TableExport)
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/** The worker has no frames to keep smooth, so it reads in larger chunks (fewer transactions). */
const workerChunkSize = 10_000;

/** Worker side: reads whole tables from its own connection and returns their JSON text (scope "everything"). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ name: string; tables: TransferTableName[]; cipher: CipherSnapshot }>) => void) | null;
  postMessage: (m: ExportWorkerReply) => void;
};
scope.onmessage = async (event) => {
  // A worker has no extension storage: the page hands it its keys (memory to memory) so sealed fields open.
  applyCipherSnapshot(event.data.cipher);
  const db = new RoundsDatabase(event.data.name);
  try {
    await db.open();
    for (const table of event.data.tables) {
      const result = await exportTable(table, readInChunks(db.table(table), workerChunkSize), (n) =>
        scope.postMessage({ kind: 'rows', n }),
      );
      scope.postMessage({ kind: 'table', table, ...result });
    }
    scope.postMessage({ kind: 'done' });
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
