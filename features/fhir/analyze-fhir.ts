import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { type Progress, yieldToPage } from '../transfer/chunks';
import { fingerprintOf } from '../transfer/fingerprint';
import type { ImportAnalysis } from '../transfer/import-analyze';
import type { ImportInput } from '../transfer/import-decode';
import { mergeByNpi } from '../transfer/npi-merge';
import { compareTable, type TablePreview } from '../transfer/record-compare';
import { emptyData, recordTableNames, type TransferTableName } from '../transfer/tables';
import { type DirectoryRows, directoryRows } from './directory-rows';
import { keepStoredTimes } from './keep-stored-times';
import { readDirectory } from './read-directory';
import { readFhirFile } from './read-fhir-file';

/** What a FHIR import would do: the same analysis the JSON import makes, plus what the file held and left out. */
export interface FhirImportAnalysis extends ImportAnalysis {
  /** Resources in the file, per type. */
  resourceCounts: Record<string, number>;
  /** Resources that do not become records, each with its place and why (the first 200; `notImportedCount` all). */
  notImported: { place: string; reason: string }[];
  notImportedCount: number;
}

/** Reads a FHIR Bundle, NDJSON or NDJSON zip and compares its directory with Rounds'. Pass the result to commitImport. */
export async function analyzeFhirImport(
  db: RoundsDatabase,
  input: ImportInput,
  options: { fileName?: string; now?: Date; onProgress?: Progress } = {},
): Promise<FhirImportAnalysis> {
  options.onProgress?.(0, 1, 'read');
  const file = await readFhirFile(input);
  await yieldToPage();
  const resources = readDirectory(file.resources);
  const fingerprint = await fingerprintOf(db);
  const rows: DirectoryRows = await directoryRows(db, resources, {
    now: (options.now ?? new Date()).toISOString(),
    fileName: options.fileName ?? (input instanceof File ? input.name : ''),
  });
  const storedIds = new Set(
    (await db.physicians.bulkGet(rows.physicians.map((p) => p.id))).flatMap((p) => p?.id ?? []),
  );
  const merged = await mergeByNpi(db, rows.physicians as Physician[], storedIds);
  const incoming = {
    physicians: await keepStoredTimes(db, 'physicians', merged.rows, rows.now),
    practices: await keepStoredTimes(db, 'practices', rows.practices, rows.now),
  };
  const preview = { settings: { new: 0, updated: 0, unchanged: 0, conflicting: 0 } } as Record<
    TransferTableName,
    TablePreview
  >;
  const writes = emptyData();
  const conflicts: ImportAnalysis['conflicts'] = [];
  let done = 0;
  const total = incoming.physicians.length + incoming.practices.length;
  for (const table of recordTableNames) {
    const tableRows = table === 'physicians' || table === 'practices' ? incoming[table] : [];
    const result = await compareTable(db, table, tableRows, {
      onChunk: (n) => {
        done += n;
        options.onProgress?.(done, total, `compare ${table}`);
      },
    });
    preview[table] = result.preview;
    (writes as Record<string, object[]>)[table] = result.writes;
    conflicts.push(...result.conflicts);
  }
  return {
    fileVersion: 0,
    exportedAt: file.timestamp,
    preview,
    conflicts,
    merges: merged.merges,
    writes,
    totalWrites: writes.physicians.length + writes.practices.length,
    fingerprint,
    // A FHIR file carries no Rounds settings: nothing to choose.
    settingChanges: [],
    resourceCounts: resources.counts,
    notImported: rows.notImported.slice(0, 200),
    notImportedCount: rows.notImported.length,
  };
}
