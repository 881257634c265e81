import { analyzeImport, commitImport, type ImportAnalysis, ImportError } from '../../features/transfer';
import { fingerprintOf, sameFingerprint } from '../../features/transfer/fingerprint';
import { rowSchemas, transferTableNames } from '../../features/transfer/tables';
import type { RoundsDatabase } from '../../storage/database';
import { fuzzCase } from './import-fuzz';

/** What a fuzz run found: every list but `problems` must stay empty. */
export interface FuzzReport {
  cases: number;
  refused: number;
  imported: number;
  /** Imports made to fail mid-commit on purpose (a bad key in the last batch). */
  abortedCommits: number;
  problems: Record<string, number>;
  crashes: string[];
  unplaced: string[];
  partialWrites: string[];
  invalidRows: string[];
}

/** Issues that name a place: a table row path (`notes[2].sensitive.body: …`), a table or `exportedAt`. */
const placed = /^(?:[a-zA-Z]+(?:\[\d+\])?(?:[.[][\w\]]*)*: .+|… and \d+ more problems)$/;
/** Problems about the whole file, whose place is the file itself. */
const wholeFile = new Set([
  'too-large',
  'encoding',
  'empty',
  'truncated',
  'not-rounds',
  'newer-version',
  'unknown-version',
]);

function namesItsPlace(error: ImportError): boolean {
  if (!error.message.trim()) return false;
  if (wholeFile.has(error.problem)) return true;
  if (error.problem === 'not-json') return /line \d+, column \d+|unexpected "/.test(error.message);
  if (error.problem === 'forbidden-key') return / at \S+/.test(error.message);
  if (/^This file has no "\w+"/.test(error.message)) return true;
  return error.issues.length > 0 && error.issues.every((i) => placed.test(i));
}

/** Runs `count` generated files (from `first`) through analyzeImport and, when accepted, commitImport. */
export async function runImportFuzz(
  db: RoundsDatabase,
  seed: number,
  first: number,
  count: number,
): Promise<FuzzReport> {
  const report: FuzzReport = {
    cases: 0,
    refused: 0,
    imported: 0,
    abortedCommits: 0,
    problems: {},
    crashes: [],
    unplaced: [],
    partialWrites: [],
    invalidRows: [],
  };
  // Node has no frames to paint: yield with setImmediate rather than setTimeout's 1 ms floor (yieldToPage uses it).
  const g = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  g.scheduler ??= { yield: () => new Promise<void>((resolve) => setImmediate(resolve)) };
  let before = await fingerprintOf(db);
  for (let n = first; n < first + count; n++) {
    const { recipe, input } = fuzzCase(seed, n);
    const tag = `case ${seed}/${n} (${recipe})`;
    report.cases++;
    let analysis: ImportAnalysis;
    try {
      analysis = await analyzeImport(db, input);
    } catch (error) {
      if (!(error instanceof ImportError)) {
        report.crashes.push(`${tag}: ${String(error)}`);
        continue;
      }
      report.refused++;
      report.problems[error.problem] = (report.problems[error.problem] ?? 0) + 1;
      if (!namesItsPlace(error))
        report.unplaced.push(`${tag}: ${error.problem}: ${error.message} ${error.issues.join(' | ')}`);
      if (!sameFingerprint(before, await fingerprintOf(db)))
        report.partialWrites.push(`${tag}: refused file changed data`);
      continue;
    }
    // Every fifth accepted file: break the last row's key so IndexedDB fails the commit at its very end.
    if (analysis.totalWrites > 1 && n % 5 === 0) {
      const table = [...transferTableNames].reverse().find((t) => analysis.writes[t].length > 0);
      const rows = table ? (analysis.writes[table] as unknown as Record<string, unknown>[]) : [];
      const last = rows[rows.length - 1];
      if (last) last[table === 'settings' ? 'key' : 'id'] = { not: 'a key' };
      const failed = await commitImport(db, analysis).then(
        () => false,
        () => true,
      );
      if (!failed) report.crashes.push(`${tag}: a commit with a bad key succeeded`);
      report.abortedCommits++;
      if (!sameFingerprint(before, await fingerprintOf(db)))
        report.partialWrites.push(`${tag}: aborted commit left rows`);
      continue;
    }
    try {
      await commitImport(db, analysis);
      report.imported++;
      before = await fingerprintOf(db);
    } catch (error) {
      report.crashes.push(`${tag}: commit failed: ${String(error)}`);
      continue;
    }
    for (const table of transferTableNames) {
      for (const row of analysis.writes[table] as { id?: string; key?: string }[]) {
        const stored = await db.table(table).get(row.id ?? row.key ?? '');
        if (!stored) report.partialWrites.push(`${tag}: ${table} ${row.id} missing after commit`);
        else if (!rowSchemas[table].safeParse(stored).success) report.invalidRows.push(`${tag}: ${table} ${row.id}`);
      }
    }
  }
  return report;
}
