import type { RoundsDatabase } from '../../storage/database';
import { readInChunks, slices } from './chunks';
import { type RecordTableName, type RowOf, type TransferTableName, transferTableNames } from './tables';

/** What an export contains. Date bounds are local calendar days, both inclusive. */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'dates'; from: string; to: string }
  | { kind: 'physicians'; ids: readonly string[] };

type AnyRow = RowOf<TransferTableName>;
/** Chunks of one table's rows that belong in the export. */
export type RowSource = () => AsyncIterable<AnyRow[]>;

/** Tables read before the ones they point at, so references can pull physicians and practices in. */
export const readOrder: TransferTableName[] = [
  'notes',
  'referrals',
  'outreach',
  'followUps',
  'portals',
  'settings',
  'dayPlans',
  'events',
  'programs',
  'physicians',
  'practices',
];

/** The instant range of local days `from`..`to` (inclusive), as epoch milliseconds. */
export function dayRange(from: string, to: string): { start: number; end: number } {
  const start = new Date(`${from}T00:00:00`).getTime();
  const end = new Date(`${to}T00:00:00`).getTime() + 24 * 3600_000 - 1;
  if (Number.isNaN(start) || Number.isNaN(end) || start > end) throw new RangeError(`not a date range: ${from}..${to}`);
  return { start, end };
}

/** The event date of a row besides createdAt/updatedAt: an outreach's time, a referral's arrival, a due day. */
function eventTimes(table: TransferTableName, row: Record<string, unknown>): unknown[] {
  if (table === 'outreach') return [row.at];
  if (table === 'referrals') return [row.receivedAt];
  if (table === 'followUps') return [`${String(row.dueDate)}T12:00:00`];
  if (table === 'dayPlans') return [`${String(row.day)}T12:00:00`];
  if (table === 'events') return [`${String(row.date)}T12:00:00`];
  return [];
}

/** Ids of physicians and practices a row points at. */
export function referencesOf(row: Record<string, unknown>): { physicians: string[]; practices: string[] } {
  const physicians: string[] = [];
  if (Array.isArray(row.physicianIds)) physicians.push(...(row.physicianIds as string[]));
  if (typeof row.physicianId === 'string') physicians.push(row.physicianId);
  for (const key of ['attendeeIds', 'inviteeIds'] as const)
    if (Array.isArray(row[key])) physicians.push(...(row[key] as string[]));
  if (Array.isArray(row.stops))
    for (const s of row.stops as { physicianId?: unknown }[]) {
      if (typeof s?.physicianId === 'string') physicians.push(s.physicianId);
    }
  const practices = typeof row.practiceId === 'string' ? [row.practiceId] : [];
  return { physicians, practices };
}

/** Row sources per table for a scope; `referenced` collects ids that earlier tables pointed at. */
export function scopeSources(db: RoundsDatabase, scope: ExportScope): Record<TransferTableName, RowSource> {
  if (scope.kind === 'physicians') return physicianSources(db, scope.ids);
  const referenced = { physicians: new Set<string>(), practices: new Set<string>() };
  const inRange =
    scope.kind === 'dates'
      ? (() => {
          const { start, end } = dayRange(scope.from, scope.to);
          return (table: TransferTableName, row: Record<string, unknown>) =>
            [row.createdAt, row.updatedAt, ...eventTimes(table, row)].some((v) => {
              const t = typeof v === 'string' ? Date.parse(v) : Number.NaN;
              return t >= start && t <= end;
            });
        })()
      : () => true;
  const source = (table: TransferTableName): RowSource =>
    async function* () {
      if (scope.kind === 'dates' && table === 'settings') return;
      for await (const chunk of readInChunks(db.table<AnyRow, string>(table))) {
        const kept = chunk.filter((row) => {
          const r = row as Record<string, unknown>;
          const keep =
            // Programs are the library every outreach names: always whole, so a part of the history reads right.
            table === 'programs' ||
            inRange(table, r) ||
            (table === 'physicians' && referenced.physicians.has(String(r.id))) ||
            (table === 'practices' && referenced.practices.has(String(r.id)));
          if (keep && scope.kind === 'dates') {
            const refs = referencesOf(r);
            for (const id of refs.physicians) referenced.physicians.add(id);
            for (const id of refs.practices) referenced.practices.add(id);
          }
          return keep;
        });
        if (kept.length) yield kept;
      }
    };
  return Object.fromEntries(transferTableNames.map((t) => [t, source(t)])) as Record<TransferTableName, RowSource>;
}

/** Selected physicians with their practices, notes, referrals, outreach and follow-ups (found through indexes). */
function physicianSources(db: RoundsDatabase, ids: readonly string[]): Record<TransferTableName, RowSource> {
  const selected = [...new Set(ids)];
  const found: Partial<Record<RecordTableName, Promise<AnyRow[]>>> = {};
  // Soft-deleted rows stay in: deletions travel with the export.
  const present = <R>(rows: (R | undefined)[]) => rows.filter((r): r is R => !!r);
  const load = (t: RecordTableName, get: () => Promise<AnyRow[]>) => {
    found[t] ??= get();
    return found[t] as Promise<AnyRow[]>;
  };
  const physicians = () => load('physicians', async () => present(await db.physicians.bulkGet(selected)));
  const referrals = () => load('referrals', () => db.referrals.where('physicianId').anyOf(selected).toArray());
  const outreach = () => load('outreach', () => db.outreach.where('physicianIds').anyOf(selected).distinct().toArray());
  const byId = (rows: AnyRow[]) => rows.map((r) => (r as { id: string }).id);
  const tables: Record<TransferTableName, () => Promise<AnyRow[]>> = {
    physicians,
    practices: async () => {
      const practiceIds = (await physicians()).flatMap((p) => referencesOf(p as Record<string, unknown>).practices);
      return present(await db.practices.bulkGet([...new Set(practiceIds)]));
    },
    referrals,
    outreach,
    notes: async () => {
      const direct = await db.notes.where('physicianIds').anyOf(selected).distinct().toArray();
      const onReferrals = await db.notes
        .where('referralId')
        .anyOf(byId(await referrals()))
        .toArray();
      return uniqueById([...direct, ...onReferrals]);
    },
    followUps: async () => {
      const direct = await db.followUps.where('physicianId').anyOf(selected).toArray();
      const viaReferral = await db.followUps
        .where('referralId')
        .anyOf(byId(await referrals()))
        .toArray();
      const viaOutreach = await db.followUps
        .where('outreachId')
        .anyOf(byId(await outreach()))
        .toArray();
      return uniqueById([...direct, ...viaReferral, ...viaOutreach]);
    },
    portals: async () => [],
    settings: async () => [],
    // A day plan is the liaison's day across physicians, not one physician's record.
    dayPlans: async () => [],
    events: () => db.events.where('attendeeIds').anyOf(selected).distinct().toArray(),
    programs: () => db.programs.toArray(),
  };
  const source = (t: TransferTableName): RowSource =>
    async function* () {
      yield* slices(await tables[t](), 2_000);
    };
  return Object.fromEntries(transferTableNames.map((t) => [t, source(t)])) as Record<TransferTableName, RowSource>;
}

function uniqueById<R>(rows: R[]): R[] {
  const seen = new Map<string, R>();
  for (const r of rows) seen.set((r as { id: string }).id, r);
  return [...seen.values()];
}
