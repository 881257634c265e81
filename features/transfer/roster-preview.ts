import type { RoundsDatabase } from '../../storage/database';
import { foldName } from '../../storage/name-keys';
import { type Progress, slices, yieldToPage } from './chunks';
import { type ColumnMapping, detectColumns } from './roster-columns';
import type { RosterTable } from './roster-parse';
import { type RosterCandidate, rosterCandidate } from './roster-row';

/** One roster row in the preview. `line` is the spreadsheet line (the header is line 1). */
export interface RosterPreviewRow extends RosterCandidate {
  line: number;
  /** Already in Rounds (by NPI), or earlier in this file: not imported again. */
  duplicateOf: { inRounds: string } | { line: number } | null;
}

export interface RosterPreview {
  fileName: string;
  mapping: ColumnMapping;
  rows: RosterPreviewRow[];
  counts: { new: number; duplicates: number; problems: number };
  /** Practices Rounds already has, by folded name: rows link to them instead of creating new ones. */
  knownPractices: Map<string, string>;
}

/** Checks every row of a roster with a column mapping (detected when not given): problems, duplicates by NPI. */
export async function previewRoster(
  db: RoundsDatabase,
  table: RosterTable,
  options: { mapping?: ColumnMapping; now?: Date; onProgress?: Progress } = {},
): Promise<RosterPreview> {
  const mapping = options.mapping ?? detectColumns(table.headers);
  const source = { kind: 'import', file: table.fileName.slice(0, 300), at: (options.now ?? new Date()).toISOString() };
  const rows: RosterPreviewRow[] = [];
  let line = 2;
  for (const chunk of slices(table.rows, 5_000)) {
    for (const cells of chunk)
      rows.push({ line: line++, ...rosterCandidate(cells, mapping, source), duplicateOf: null });
    options.onProgress?.(rows.length, table.rows.length, 'check rows');
    await yieldToPage();
  }
  await markDuplicates(db, rows);
  const knownPractices = new Map<string, string>();
  const practiceKeys = [...new Set(rows.flatMap((r) => (r.practice ? [foldName(r.practice.name)] : [])))];
  for (const keys of slices(practiceKeys, 5_000)) {
    for (const p of await db.practices.where('nameKey').anyOf(keys).toArray()) {
      if (!p.deletedAt && !knownPractices.has(p.nameKey)) knownPractices.set(p.nameKey, p.id);
    }
  }
  const counts = { new: 0, duplicates: 0, problems: 0 };
  for (const r of rows) {
    if (r.problems.length) counts.problems++;
    else if (r.duplicateOf) counts.duplicates++;
    else counts.new++;
  }
  return { fileName: table.fileName, mapping, rows, counts, knownPractices };
}

/** Marks rows whose NPI Rounds already has, or an earlier row already had. */
async function markDuplicates(db: RoundsDatabase, rows: RosterPreviewRow[]): Promise<void> {
  const firstLine = new Map<string, number>();
  for (const r of rows) {
    const npi = r.physician?.npi;
    if (!npi) continue;
    const earlier = firstLine.get(npi);
    if (earlier === undefined) firstLine.set(npi, r.line);
    else r.duplicateOf = { line: earlier };
  }
  const stored = new Map<string, string>();
  for (const npis of slices([...firstLine.keys()], 5_000)) {
    for (const p of await db.physicians.where('npi').anyOf(npis).toArray()) if (p.npi) stored.set(p.npi, p.id);
  }
  for (const r of rows) {
    const id = r.physician?.npi ? stored.get(r.physician.npi) : undefined;
    if (id) r.duplicateOf = { inRounds: id };
  }
}
