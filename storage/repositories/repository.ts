import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordBase } from '../schemas/common';
import { parseOrThrow, ValidationError } from '../validation';

export interface RepositorySpec<RowSchema extends z.ZodType<RecordBase>, In extends z.ZodType> {
  name: string;
  table: () => Table<z.output<RowSchema>, string>;
  /** The full stored row: every write is parsed with it before it reaches IndexedDB. */
  row: RowSchema;
  /** What callers may supply; system keys and derived fields are not part of it. */
  input: In;
  /** Index fields computed from the input (name tokens, page keys). */
  derive?: (input: z.output<In>) => Partial<z.output<RowSchema>>;
}

export interface ListOptions {
  includeDeleted?: boolean;
  limit?: number;
  offset?: number;
}

export type Clock = () => Date;
const systemClock: Clock = () => new Date();

/** create / update / soft delete / restore / get / list for one record type, validating every write. */
export function createRepository<RowSchema extends z.ZodType<RecordBase>, In extends z.ZodType>(
  spec: RepositorySpec<RowSchema, In>,
  clock: Clock = systemClock,
) {
  type Row = z.output<RowSchema>;
  type Base = Pick<RecordBase, 'id' | 'createdAt' | 'deletedAt'> & Partial<Pick<RecordBase, 'createdBy'>>;
  const build = (input: unknown, base: Base, now: string) => {
    const parsed = parseOrThrow(spec.input, input);
    return parseOrThrow(spec.row, { ...(parsed as object), ...spec.derive?.(parsed), ...base, updatedAt: now }) as Row;
  };
  const strip = (row: Row): Record<string, unknown> => {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, createdBy: _cb, updatedBy: _ub, ...rest } = row;
    return rest;
  };

  return {
    /** Validates and stores a new record; returns the stored row. */
    async create(input: z.input<In>): Promise<Row> {
      const now = clock().toISOString();
      const row = build(input, { id: crypto.randomUUID(), createdAt: now, deletedAt: null }, now);
      await spec.table().add(row);
      return row;
    },
    /** Validates every input first, then stores them all in one transaction (all or none). */
    async createMany(inputs: readonly z.input<In>[]): Promise<Row[]> {
      const now = clock().toISOString();
      const rows = inputs.map((input, i) => {
        try {
          return build(input, { id: crypto.randomUUID(), createdAt: now, deletedAt: null }, now);
        } catch (error) {
          if (error instanceof ValidationError) throw new ValidationError(error.issues.map((m) => `[${i}].${m}`));
          throw error;
        }
      });
      await spec.table().bulkAdd(rows);
      return rows;
    },
    /** Applies a partial change to the stored record inside one transaction (no lost field from a stale copy). */
    async update(id: string, patch: Partial<z.input<In>>): Promise<Row> {
      const table = spec.table();
      return table.db.transaction('rw', table, async () => {
        const current = await table.get(id);
        if (!current) throw new Error(`${spec.name} ${id} does not exist`);
        const { id: keepId, createdAt, deletedAt, createdBy } = current;
        const base = { id: keepId, createdAt, deletedAt, createdBy };
        const row = build({ ...strip(current), ...patch }, base, clock().toISOString());
        await table.put(row);
        return row;
      });
    },
    async softDelete(id: string): Promise<Row> {
      const now = clock().toISOString();
      return setDeleted(id, now, now);
    },
    /** Undoes a soft delete. */
    async restore(id: string): Promise<Row> {
      return setDeleted(id, null, clock().toISOString());
    },
    async get(id: string, options: { includeDeleted?: boolean } = {}): Promise<Row | undefined> {
      const row = await spec.table().get(id);
      if (!row || (row.deletedAt && !options.includeDeleted)) return undefined;
      return row;
    },
    /** Rows in most-recently-updated order. */
    async list(options: ListOptions = {}): Promise<Row[]> {
      let coll = spec.table().orderBy('updatedAt').reverse();
      if (!options.includeDeleted) coll = coll.filter((r) => !r.deletedAt);
      if (options.offset) coll = coll.offset(options.offset);
      if (options.limit) coll = coll.limit(options.limit);
      return coll.toArray();
    },
  };

  async function setDeleted(id: string, deletedAt: string | null, now: string): Promise<Row> {
    const table = spec.table();
    return table.db.transaction('rw', table, async () => {
      const current = await table.get(id);
      if (!current) throw new Error(`${spec.name} ${id} does not exist`);
      const row = { ...current, deletedAt, updatedAt: now };
      await table.put(row);
      return row;
    });
  }
}

export type Repository<RowSchema extends z.ZodType<RecordBase>, In extends z.ZodType> = ReturnType<
  typeof createRepository<RowSchema, In>
>;
