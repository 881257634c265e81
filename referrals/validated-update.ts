import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordBase } from '../storage/schemas/common';
import { parseOrThrow } from '../storage/validation';

/**
 * Applies a partial change to a stored row, parsed with the row's full schema before it is written.
 * Stands in for Repository.update, whose build() spreads the whole stored row over the patch (`...base` is
 * `current`), so every change is silently dropped. Call inside a transaction that includes `table`.
 * Remove once storage/repositories/repository.ts passes only id/createdAt/deletedAt as the base.
 */
export async function updateValidated<Row extends RecordBase>(
  table: Table<Row, string>,
  rowSchema: z.ZodType<Row>,
  id: string,
  patch: Partial<Omit<Row, keyof RecordBase>>,
  now: Date,
): Promise<Row> {
  const current = await table.get(id);
  if (!current) throw new Error(`${table.name} ${id} does not exist`);
  const row = parseOrThrow(rowSchema, { ...current, ...patch, id, updatedAt: now.toISOString() });
  await table.put(row);
  return row;
}
