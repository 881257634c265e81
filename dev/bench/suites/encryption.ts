import { exportJson } from '../../../features/transfer/export-json';
import { fromBase64 } from '../../../storage/crypto/bytes';
import { applyCipherSnapshot, cipherSnapshot } from '../../../storage/crypto/cipher-state';
import { newKeyRing, unwrapKeyRing, wrapKeyRing } from '../../../storage/crypto/key-ring';
import { RoundsDatabase } from '../../../storage/database';
import { repositories } from '../../../storage/repositories';
import { generateData, seedTables } from '../../generators/generate-transfer-data';
import { type BenchContext, type BenchRow, type BenchSuite, median, percentile } from '../suite';
import { elapsed, sizesFor } from './transfer';

const passphrase = 'bench passphrase of four words';

/**
 * Encryption at rest (issue 13): unlock (PBKDF2-SHA256 600,000 + unwrap), 200 notes read and opened (p95),
 * quick-log save with encryption on, locked (public key) and off, and a 250,000-record export encrypted vs plain,
 * all in the same run. The state is set in this page only (no storage written), and restored after.
 */
export async function runEncryptionBench(ctx: BenchContext, records = 250_000): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, extra: Partial<BenchRow> = {}) =>
    rows.push({ suite: 'encryption', name, value: Math.round(value * 100) / 100, unit, ...extra });
  const before = cipherSnapshot();
  const ring = newKeyRing();
  const store = await wrapKeyRing(ring, passphrase);
  const on = { mode: 'on' as const, publicKey: fromBase64(store.publicKey), ring };
  const locked = { ...on, ring: null };
  const off = { mode: 'off' as const, publicKey: null, ring: null };
  const scratch: RoundsDatabase[] = [];
  const open = async (role: string) => {
    const db = new RoundsDatabase(`rounds-bench-encryption-${role}-${crypto.randomUUID()}`);
    scratch.push(db);
    await db.open();
    return db;
  };
  try {
    const unlocks: number[] = [];
    for (let i = 0; i < 5; i++) unlocks.push((await elapsed(() => unwrapKeyRing(store, passphrase))).ms);
    row('unlock (PBKDF2-SHA256 600,000 + unwrap), median of 5', median(unlocks), 'ms');

    const reads: Record<string, number> = {};
    for (const [label, state] of [
      ['off', off],
      ['on', on],
    ] as const) {
      applyCipherSnapshot(state);
      const db = await open(`read-${label}`);
      const repos = repositories(db);
      const doc = await repos.physicians.create({ first: 'Ann', last: 'Lee' });
      const body = 'Discussed the referral of J.D. (MRN 0041); prefers fax before noon. '.repeat(4);
      await repos.notes.createMany(
        Array.from({ length: 200 }, () => ({ physicianIds: [doc.id], sensitive: { body } })),
      );
      const times: number[] = [];
      for (let i = 0; i < 30; i++)
        times.push((await elapsed(() => db.notes.where('physicianIds').equals(doc.id).toArray())).ms);
      reads[label] = percentile(times, 95);
    }
    row('read 200 notes, decrypted (p95 of 30)', reads.on ?? 0, 'ms', {
      baseline: { name: 'encryption off', value: reads.off ?? 0 },
    });

    const saves: Record<string, number> = {};
    for (const [label, state] of [
      ['off', off],
      ['on', on],
      ['locked', locked],
    ] as const) {
      applyCipherSnapshot(state);
      const db = await open(`save-${label}`);
      const repos = repositories(db);
      const doc = await repos.physicians.create({ first: 'Ann', last: 'Lee' });
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const input = {
          physicianIds: [doc.id],
          type: 'visit' as const,
          at: new Date().toISOString(),
          sensitive: { notes: `Lunch; asked about echo slots for patient ${i}.`, followUpText: 'Send the new pads' },
        };
        times.push((await elapsed(() => repos.outreach.create(input))).ms);
      }
      saves[label] = median(times);
    }
    row('quick-log save, encryption on (median of 50)', saves.on ?? 0, 'ms', {
      baseline: { name: 'encryption off', value: saves.off ?? 0 },
    });
    row('quick-log save while locked, sealed to the public key (median of 50)', saves.locked ?? 0, 'ms', {
      baseline: { name: 'encryption off', value: saves.off ?? 0 },
    });

    ctx.log(`encryption: generating ${records} records twice`);
    const data = generateData(2025, sizesFor(records));
    const exports: Record<string, number> = {};
    for (const [label, state] of [
      ['plain', off],
      ['encrypted', on],
    ] as const) {
      applyCipherSnapshot(state);
      const db = await open(`export-${label}`);
      await seedTables(db, data);
      exports[label] = (await elapsed(() => exportJson(db))).ms;
      await db.delete();
    }
    row(`export ${records} records, stored encrypted (opened on read)`, exports.encrypted ?? 0, 'ms', {
      baseline: { name: 'stored plain', value: exports.plain ?? 0 },
    });
  } finally {
    applyCipherSnapshot(before);
    for (const db of scratch) await db.delete().catch(() => undefined);
  }
  return rows;
}

export const encryptionSuite: BenchSuite = { name: 'encryption', run: (ctx) => runEncryptionBench(ctx) };
