import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { type Progress, yieldToPage } from './chunks';
import { repointPhysicians, withDerivedFields } from './derived-fields';
import { type DbFingerprint, fingerprintOf } from './fingerprint';
import { decodeImportText, type ImportInput } from './import-decode';
import { parseImportJson } from './import-json';
import { type SettingChange, settingChangesOf } from './import-settings';
import { readEnvelope, validateExport } from './import-validate';
import { mergeByNpi, type NpiMerge } from './npi-merge';
import { type Conflict, compareTable, type TablePreview } from './record-compare';
import { emptyData, recordTableNames, type TransferData, type TransferTableName, transferTableNames } from './tables';

export interface AnalyzeOptions {
  onProgress?: Progress;
}

/** What an import would do, per record type, before anything is written. Pass it to commitImport. */
export interface ImportAnalysis {
  fileVersion: number;
  exportedAt: string;
  preview: Record<TransferTableName, TablePreview>;
  /** Every record kept as it is in Rounds although the file has another copy, with the reason. */
  conflicts: Conflict[];
  merges: NpiMerge[];
  /** Each setting the file would change; commitImport applies only those the user chose (none by default). */
  settingChanges: SettingChange[];
  /** Rows to write (never settings: see settingChanges): the new and updated ones, already validated and re-pointed. */
  writes: TransferData;
  totalWrites: number;
  /** The database as it was when analysed: commit refuses if it has changed since. */
  fingerprint: DbFingerprint;
}

/** Reads, validates and compares a whole export file with the database; throws ImportError naming each problem. */
export async function analyzeImport(
  db: RoundsDatabase,
  input: ImportInput,
  options: AnalyzeOptions = {},
): Promise<ImportAnalysis> {
  const onProgress = options.onProgress;
  onProgress?.(0, 1, 'read');
  const text = await decodeImportText(input);
  await yieldToPage();
  const envelope = readEnvelope(parseImportJson(text));
  const fileVersion = Number((envelope as { version?: unknown }).version);
  const file = await validateExport(envelope, onProgress);
  const fingerprint = await fingerprintOf(db);

  // Merge by NPI first: the id map re-points every other table's references.
  const fileIds = file.data.physicians.map((p) => p.id);
  const storedIds = new Set((await db.physicians.bulkGet(fileIds)).flatMap((p) => (p ? [p.id] : [])));
  const physicians = file.data.physicians.map((p) => withDerivedFields('physicians', p));
  const merged = await mergeByNpi(db, physicians as Physician[], storedIds);
  const incoming: TransferData = { ...file.data, physicians: merged.rows };

  const preview = {} as Record<TransferTableName, TablePreview>;
  const writes = emptyData();
  const conflicts: Conflict[] = [];
  const total = recordTableNames.reduce((n, t) => n + incoming[t].length, 0);
  let done = 0;
  // Settings are never written as a record: each changed one is shown and applied only if chosen.
  const settingChanges = settingChangesOf(await db.settings.get('app'), incoming.settings);
  preview.settings = {
    new: 0,
    updated: 0,
    unchanged: settingChanges.length ? 0 : incoming.settings.length,
    conflicting: 0,
  };
  for (const table of recordTableNames) {
    const rows = (incoming[table] as object[]).map((row) =>
      table === 'physicians' ? row : repointPhysicians(withDerivedFields(table, row), merged.idMap),
    );
    const result = await compareTable(db, table, rows, {
      onChunk: (n) => {
        done += n;
        onProgress?.(done, total, `compare ${table}`);
      },
    });
    preview[table] = result.preview;
    (writes as Record<string, object[]>)[table] = result.writes;
    conflicts.push(...result.conflicts);
  }
  const totalWrites = transferTableNames.reduce((n, t) => n + writes[t].length, 0);
  return {
    fileVersion,
    exportedAt: file.exportedAt,
    preview,
    conflicts,
    merges: merged.merges,
    settingChanges,
    writes,
    totalWrites,
    fingerprint,
  };
}
