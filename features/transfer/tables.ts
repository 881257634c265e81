import type { z } from 'zod';
import type { RoundsDatabase } from '../../storage/database';
import {
  dayPlan,
  event,
  followUp,
  note,
  outreach,
  physician,
  portal,
  practice,
  program,
  referral,
  settings,
} from '../../storage/schemas';
import { type ShapeCheck, shapeCheckOf } from './stored-shape';

/** Every table an export carries, in file order: people and places first so previews read naturally. */
export const transferTableNames = [
  'physicians',
  'practices',
  'notes',
  'referrals',
  'outreach',
  'followUps',
  'portals',
  'settings',
  'dayPlans',
  'programs',
  'events',
] as const;
export type TransferTableName = (typeof transferTableNames)[number];

/** The zod row schema of each table: the single definition of what a record is. */
export const rowSchemas = {
  physicians: physician,
  practices: practice,
  notes: note,
  referrals: referral,
  outreach,
  followUps: followUp,
  portals: portal,
  settings,
  dayPlans: dayPlan,
  programs: program,
  events: event,
} as const satisfies Record<TransferTableName, z.ZodType>;

/** Per table, a cheap check that a stored row already has its schema's output shape (see stored-shape.ts). */
export const storedShapeChecks = Object.fromEntries(
  Object.entries(rowSchemas).map(([t, schema]) => [t, shapeCheckOf(schema)]),
) as Record<TransferTableName, ShapeCheck>;

export type RowOf<T extends TransferTableName> = z.output<(typeof rowSchemas)[T]>;
export type TransferData = { [T in TransferTableName]: RowOf<T>[] };
export type TableCounts = Record<TransferTableName, number>;

/** Tables whose rows carry `id`/`updatedAt`/`deletedAt` (everything but the settings singleton). */
export type RecordTableName = Exclude<TransferTableName, 'settings'>;
export const recordTableNames = transferTableNames.filter((t): t is RecordTableName => t !== 'settings');

/** The primary key of a row: `id`, or `key` for settings. */
export function primaryKeyOf(row: { id?: string; key?: string }): string {
  return row.id ?? row.key ?? '';
}

/** The Dexie tables, typed loosely enough to loop over. */
export function tablesOf(db: RoundsDatabase) {
  return transferTableNames.map((name) => db.table(name));
}

/** A count per table, all zero. */
export function zeroCounts(): TableCounts {
  return Object.fromEntries(transferTableNames.map((t) => [t, 0])) as TableCounts;
}

/** Empty arrays per table. */
export function emptyData(): TransferData {
  return Object.fromEntries(transferTableNames.map((t) => [t, []])) as unknown as TransferData;
}
