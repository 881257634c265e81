import { readInChunks } from '../../../features/transfer/chunks';
import { exportJson } from '../../../features/transfer/export-json';
import { analyzeImport } from '../../../features/transfer/import-analyze';
import { commitImport } from '../../../features/transfer/import-commit';
import {
  rowSchemas,
  storedShapeChecks,
  type TransferData,
  transferTableNames,
} from '../../../features/transfer/tables';
import { RoundsDatabase } from '../../../storage/database';
import { generateData, type Sizes, seedTables } from '../../generators/generate-transfer-data';
import type { BenchContext, BenchRow, BenchSuite } from '../suite';

/** Share of each table in the benchmark data (sums to 1; the FHIR suite uses it too); the rest goes to outreach. */
const mix: Sizes = { physicians: 0.1, practices: 0.01, notes: 0.24, referrals: 0.12, followUps: 0.12, portals: 0.0001 };

export function sizesFor(records: number): Sizes {
  const sizes: Sizes = { settings: 1 };
  let used = 1;
  for (const [t, share] of Object.entries(mix) as [keyof Sizes, number][]) {
    sizes[t] = Math.max(1, Math.floor(records * share));
    used += sizes[t] ?? 0;
  }
  sizes.outreach = records - used;
  return sizes;
}

/**
 * The JS heap's peak growth while `fn` runs, sampled at each progress call (once per chunk) and every 5 ms, after a
 * gc where the page has one (the bench launches Chromium with precise memory info and an exposed gc).
 */
async function heapPeak<T>(
  fn: (sample: () => void) => Promise<T>,
): Promise<{ growth: number; value: T; precise: boolean }> {
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = memory?.usedJSHeapSize ?? 0;
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, memory?.usedJSHeapSize ?? 0);
  };
  const timer = setInterval(sample, 5);
  try {
    const value = await fn(sample);
    sample();
    return { growth: peak - before, value, precise: memory !== undefined && gc !== undefined };
  } finally {
    clearInterval(timer);
  }
}

/** How long `fn` takes, and what it returns. */
export const elapsed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** Raw IndexedDB: every row put into the same stores and indexes in one strict transaction. */
async function rawPut(db: RoundsDatabase, data: TransferData): Promise<void> {
  const names = [...transferTableNames];
  const tx = db.backendDB().transaction(names, 'readwrite', { durability: 'strict' });
  for (const t of names) {
    const store = tx.objectStore(t);
    for (const row of data[t]) store.put(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Raw IndexedDB: a getAll of every store in one read transaction. */
async function rawGetAll(db: RoundsDatabase): Promise<number> {
  const names = [...transferTableNames];
  const tx = db.backendDB().transaction(names, 'readonly');
  const all = await Promise.all(names.map((t) => request(tx.objectStore(t).getAll())));
  return all.reduce((n, rows) => n + rows.length, 0);
}

/** Every stored row per table, read raw (for the per-step timings). */
async function rawRows(db: RoundsDatabase): Promise<Record<string, unknown[]>> {
  const names = [...transferTableNames];
  const tx = db.backendDB().transaction(names, 'readonly');
  const all = await Promise.all(names.map((t) => request(tx.objectStore(t).getAll())));
  return Object.fromEntries(names.map((t, i) => [t, all[i] as unknown[]]));
}

export interface TransferBenchOptions {
  records?: number;
  /** Compare with dexie-export-import (needs FileReader: a browser page). */
  dexieExportImport?: boolean;
}

/** Export and import of `records` rows through scratch databases, against raw IndexedDB and dexie-export-import. */
export async function runTransferBench(ctx: BenchContext, options: TransferBenchOptions = {}): Promise<BenchRow[]> {
  const records = options.records ?? 250_000;
  const rows: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, extra: Partial<BenchRow> = {}) =>
    rows.push({ suite: 'transfer', name, value: Math.round(value * 10) / 10, unit, ...extra });
  const scratch: RoundsDatabase[] = [];
  const open = async (role: string) => {
    const db = new RoundsDatabase(`rounds-bench-transfer-${role}-${crypto.randomUUID()}`);
    scratch.push(db);
    await db.open();
    return db;
  };
  try {
    ctx.log(`transfer: generating ${records} records`);
    const data = generateData(2025, sizesFor(records));
    const source = await open('source');
    await seedTables(source, data);
    const perSecond = (ms: number) => (records / ms) * 1000;

    const exported = await elapsed(() => exportJson(source));
    const getAll = await elapsed(() => rawGetAll(source));
    row(`export ${records} records`, exported.ms, 'ms');
    row('export throughput', perSecond(exported.ms), 'records/s', {
      baseline: { name: 'raw IndexedDB getAll', value: Math.round(perSecond(getAll.ms)) },
    });
    row('export file size', exported.value.blob.size / 1_000_000, 'MB');
    const ratio13 = exported.ms / getAll.ms;
    row('export time vs raw getAll', ratio13, '×', { budget: '<= 1.3 ×', pass: ratio13 <= 1.3 });
    // Issue 19: memory. The export on this page alone (no worker heap to miss), the JS heap sampled through it; the
    // file itself is a Blob (outside the JS heap), counted once on top.
    const size = exported.value.blob.size;
    const pageOnly = await elapsed(() =>
      heapPeak((sample) => exportJson(source, { parallel: false, onProgress: () => sample() })),
    );
    const { growth, precise } = pageOnly.value;
    row('export on the page only (no worker) vs raw getAll', pageOnly.ms / getAll.ms, '×');
    row(
      `export JS heap peak growth${precise ? '' : ' (imprecise: no gc or precise memory info)'}`,
      growth / 1e6,
      'MB',
      {
        baseline: { name: 'file size', value: Math.round(size / 1e5) / 10 },
      },
    );
    const memoryRatio = (growth + size) / size;
    // Without precise heap sizes and a gc the growth is not measured: the budget then counts as not met.
    row('export memory peak (JS heap growth + the file) / file size', memoryRatio, '×', {
      budget: '<= 2 ×',
      pass: precise && memoryRatio <= 2,
    });
    // Where the export's CPU goes: a full zod parse of every row (the previous export) versus the stored-row check.
    const all = await rawRows(source);
    const parseAll = await elapsed(async () => {
      for (const t of transferTableNames) for (const r of all[t] ?? []) rowSchemas[t].safeParse(r);
    });
    const checkAll = await elapsed(async () => {
      for (const t of transferTableNames) for (const r of all[t] ?? []) storedShapeChecks[t](r);
    });
    row('stored-row check of every row (export path)', checkAll.ms, 'ms', {
      baseline: { name: 'zod safeParse of every row (previous export path)', value: Math.round(parseAll.ms) },
    });
    const chunked = await elapsed(async () => {
      for (const t of transferTableNames) for await (const _ of readInChunks(source.table(t))) void _;
    });
    row('chunked read of every table (readInChunks, yields included)', chunked.ms, 'ms', {
      baseline: { name: 'raw IndexedDB getAll', value: Math.round(getAll.ms) },
    });
    const stringify = await elapsed(async () => {
      for (const t of transferTableNames) JSON.stringify(all[t]);
    });
    row('JSON.stringify of every row', stringify.ms, 'ms');

    const target = await open('target');
    const analysed = await elapsed(() => analyzeImport(target, exported.value.blob));
    const committed = await elapsed(() => commitImport(target, analysed.value));
    const raw = await open('raw');
    const rawWrite = await elapsed(() => rawPut(raw, data));
    row(`import ${records} records: validate and compare`, analysed.ms, 'ms');
    row(`import ${records} records: write`, committed.ms, 'ms', {
      baseline: { name: 'raw IndexedDB put', value: Math.round(rawWrite.ms) },
    });
    const ratio = (100 * rawWrite.ms) / committed.ms;
    row('import write throughput vs raw put', ratio, '%', { budget: '>= 60 %', pass: ratio >= 60 });
    row('import total throughput', perSecond(analysed.ms + committed.ms), 'records/s', {
      baseline: { name: 'raw IndexedDB put', value: Math.round(perSecond(rawWrite.ms)) },
    });

    if (options.dexieExportImport ?? true) {
      const { exportDB, importInto } = await import('dexie-export-import');
      const dexieExport = await elapsed(() => exportDB(source));
      row(`export ${records} records (dexie-export-import)`, dexieExport.ms, 'ms', {
        baseline: { name: 'rounds exportJson', value: Math.round(exported.ms) },
      });
      const other = await open('dexie-import');
      const dexieImport = await elapsed(() => importInto(other, dexieExport.value, { acceptNameDiff: true }));
      row(`import ${records} records (dexie-export-import)`, dexieImport.ms, 'ms', {
        baseline: { name: 'rounds analyze + commit', value: Math.round(analysed.ms + committed.ms) },
      });
    }
    ctx.log(`transfer: export ${Math.round(exported.ms)} ms, import ${Math.round(analysed.ms + committed.ms)} ms`);
  } finally {
    for (const db of scratch) await db.delete();
  }
  return rows;
}

/** The suite the bench page runs (register it in dev/bench/suites/index.ts). */
export const transferSuite: BenchSuite = { name: 'transfer', run: (ctx) => runTransferBench(ctx) };
