import { analyzeFhirImport } from '../../../features/fhir/analyze-fhir';
import { exportFhir } from '../../../features/fhir/export-fhir';
import { exportJson } from '../../../features/transfer/export-json';
import { commitImport } from '../../../features/transfer/import-commit';
import { RoundsDatabase } from '../../../storage/database';
import { generateData, seedTables } from '../../generators/generate-transfer-data';
import type { BenchContext, BenchRow, BenchSuite } from '../suite';
import { elapsed, sizesFor } from './transfer';

/** FHIR R4 export of `records` rows (the transfer suite's mix) against the JSON export of the same data, same run. */
export async function runFhirBench(ctx: BenchContext, options: { records?: number } = {}): Promise<BenchRow[]> {
  const records = options.records ?? 250_000;
  const rows: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, extra: Partial<BenchRow> = {}) =>
    rows.push({ suite: 'fhir', name, value: Math.round(value * 10) / 10, unit, ...extra });
  const scratch: RoundsDatabase[] = [];
  const open = async (role: string) => {
    const db = new RoundsDatabase(`rounds-bench-fhir-${role}-${crypto.randomUUID()}`);
    scratch.push(db);
    await db.open();
    return db;
  };
  try {
    ctx.log(`fhir: generating ${records} records`);
    const source = await open('source');
    await seedTables(source, generateData(2025, sizesFor(records)));
    // JSON first and FHIR after, each once: the same database, warmed the same way for both.
    const json = await elapsed(() => exportJson(source, { parallel: false }));
    const bundle = await elapsed(() => exportFhir(source, { includePatientInfo: true }));
    const ndjson = await elapsed(() => exportFhir(source, { format: 'ndjson', includePatientInfo: true }));
    const jsonWorker = await elapsed(() => exportJson(source));
    const baseline = { name: 'JSON export (page only)', value: Math.round(json.ms) };
    row(`JSON export of ${records} records (page and worker)`, jsonWorker.ms, 'ms', { baseline });
    const resources = Object.values(bundle.value.counts).reduce((a, b) => a + b, 0);
    row(`FHIR Bundle export of ${records} records`, bundle.ms, 'ms', { baseline });
    row(`FHIR NDJSON zip export of ${records} records`, ndjson.ms, 'ms', { baseline });
    row('FHIR resources written', resources, 'resources');
    row('FHIR Bundle size', bundle.value.blob.size / 1_000_000, 'MB', {
      baseline: { name: 'JSON export', value: Math.round(json.value.blob.size / 100_000) / 10 },
    });
    row('FHIR NDJSON zip size', ndjson.value.blob.size / 1_000_000, 'MB');
    const target = await open('target');
    const analysed = await elapsed(() => analyzeFhirImport(target, bundle.value.blob));
    const committed = await elapsed(() => commitImport(target, analysed.value));
    row(
      `FHIR import of the directory (${analysed.value.totalWrites} records): read, check, compare`,
      analysed.ms,
      'ms',
    );
    row('FHIR import of the directory: write', committed.ms, 'ms');
    ctx.log(`fhir: bundle ${Math.round(bundle.ms)} ms, json ${Math.round(json.ms)} ms`);
  } finally {
    for (const db of scratch) await db.delete();
  }
  return rows;
}

/** The suite the bench page runs (registered in dev/bench/suites/index.ts). */
export const fhirSuite: BenchSuite = { name: 'fhir', run: (ctx) => runFhirBench(ctx) };
