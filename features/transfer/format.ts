import { z } from 'zod';
import { instant } from '../../storage/schemas';
import { rowSchemas, type TableCounts, type TransferData, transferTableNames } from './tables';

/** Marks a file as ours, so another tool's JSON is recognised and refused. */
export const exportFormat = 'rounds-export';
/** The export file version this build writes; older files are migrated on import (see migrations.ts). */
export const exportVersion = 5;

const counts = z.object(Object.fromEntries(transferTableNames.map((t) => [t, z.number().int().min(0)])));
const data = z.object(Object.fromEntries(transferTableNames.map((t) => [t, z.array(rowSchemas[t]).default([])])));

/** The whole export file, as written by this version. Rows use the storage schemas unchanged. */
export const exportEnvelope = z
  .object({
    format: z.literal(exportFormat),
    version: z.literal(exportVersion),
    exportedAt: instant,
    counts: counts.describe('Rows per table in `data`, for a quick look without reading everything.'),
    data,
  })
  .meta({
    title: 'Rounds export',
    description: 'A Rounds backup or transfer file (rounds-export-YYYY-MM-DD.json). Soft-deleted rows are included.',
  });

export interface ExportFile {
  format: typeof exportFormat;
  version: typeof exportVersion;
  exportedAt: string;
  counts: TableCounts;
  data: TransferData;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in the user's local zone (the day they see on their calendar). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The download name of a JSON export made at `date`. */
export function exportFileName(date: Date): string {
  return `rounds-export-${localDay(date)}.json`;
}
