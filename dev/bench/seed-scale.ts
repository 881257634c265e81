import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import {
  generateNotes,
  generateOutreach,
  generatePhysicians,
  generatePractices,
} from '../generators/generate-bench-rows';
import { deleteRaw, openRaw, rawPut, rawStores } from './raw-idb';
import type { BenchRow } from './suite';

export const scale = { physicians: 50_000, practices: 5_000, notes: 100_000, outreach: 100_000 };
const chunk = 5_000;

type Phase = { table: 'practices' | 'physicians' | 'notes' | 'outreach'; ms: number; rawMs: number; rows: number };

/**
 * Seeds the extension's database at real scale through the repositories (validated writes, chunked transactions)
 * and writes the very same stored rows into a scratch raw-IndexedDB database with the same indexes, timing both.
 */
export async function seedAtScale(db: RoundsDatabase, log: (m: string) => void): Promise<BenchRow[]> {
  await Promise.all(db.tables.map((t) => t.clear()));
  const repos = repositories(db);
  const rawName = `rounds-bench-raw-${Date.now()}`;
  const raw = await openRaw(rawName, rawStores);
  const phases: Phase[] = [];

  const run = async <T>(table: Phase['table'], inputs: T[], create: (batch: T[]) => Promise<{ id: string }[]>) => {
    const stored: { id: string }[] = [];
    let ms = 0;
    let rawMs = 0;
    for (let i = 0; i < inputs.length; i += chunk) {
      const t0 = performance.now();
      const rows = await create(inputs.slice(i, i + chunk));
      const t1 = performance.now();
      await rawPut(raw, table, rows);
      rawMs += performance.now() - t1;
      ms += t1 - t0;
      stored.push(...rows);
    }
    phases.push({ table, ms, rawMs, rows: inputs.length });
    log(`seeded ${inputs.length} ${table} in ${(ms / 1000).toFixed(1)} s (raw ${(rawMs / 1000).toFixed(1)} s)`);
    return stored;
  };

  const practices = (await run('practices', generatePractices(scale.practices), (b) =>
    repos.practices.createMany(b),
  )) as { id: string; name: string }[];
  const physicians = await run('physicians', generatePhysicians(scale.physicians, practices), (b) =>
    repos.physicians.createMany(b),
  );
  const ids = physicians.map((p) => p.id);
  await run('notes', generateNotes(scale.notes, ids), (b) => repos.notes.createMany(b));
  await run('outreach', generateOutreach(scale.outreach, ids), (b) => repos.outreach.createMany(b));
  raw.close();
  await deleteRaw(rawName);

  return phases.map((p) => {
    const ours = p.rows / (p.ms / 1000);
    const rawRate = p.rows / (p.rawMs / 1000);
    return {
      suite: 'seed',
      name: `seed ${p.rows.toLocaleString('en-US')} ${p.table} (validated, ${chunk}/tx)`,
      value: Math.round(ours),
      unit: 'rows/s',
      baseline: { name: 'raw IndexedDB put, same rows and indexes', value: Math.round(rawRate) },
    };
  });
}
