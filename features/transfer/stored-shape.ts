import type { z } from 'zod';
import { checksOf, leafCheckOf } from './stored-leaf';

/** True when a stored value passes its schema and would come out of it unchanged (so it needs no parse). */
export type ShapeCheck = (value: unknown) => boolean;

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  checks?: unknown[];
};
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;

/**
 * Compiles a zod schema into a plain predicate that is true only when `schema.parse(value)` would succeed and
 * return an equal value: every output key present (defaults already filled in), no unknown key, every leaf valid.
 * It allocates nothing, so it is several times cheaper than a parse in extension pages (where zod cannot JIT).
 * Rows that fail it (written before a field was added, or no longer valid) still go through the full parse.
 */
export function shapeCheckOf(schema: z.core.$ZodType): ShapeCheck {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, s]) => ({
        key,
        optional: defOf(s).type === 'optional',
        check: shapeCheckOf(s),
      }));
      const known = new Set(fields.map((f) => f.key));
      // Object-level refinements, e.g. "an outreach is with someone".
      const refine = checksOf(schema);
      return (value) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
        const row = value as Record<string, unknown>;
        for (const f of fields) {
          const v = row[f.key];
          if (v === undefined ? !f.optional : !f.check(v)) return false;
        }
        for (const key in row) if (!known.has(key)) return false;
        return refine(row);
      };
    }
    case 'nullable': {
      const inner = shapeCheckOf(def.innerType as z.core.$ZodType);
      return (value) => value === null || inner(value);
    }
    case 'default':
    case 'prefault':
    case 'optional':
    case 'readonly':
    case 'nonoptional':
      return shapeCheckOf(def.innerType as z.core.$ZodType);
    case 'array': {
      const element = shapeCheckOf(def.element as z.core.$ZodType);
      const limits = checksOf(schema);
      return (value) => Array.isArray(value) && value.every(element) && limits(value);
    }
    case 'union': {
      // Options are disjoint here (a literal discriminator, or '' versus an email), so any match will do.
      const options = (def.options ?? []).map(shapeCheckOf);
      const limits = checksOf(schema);
      return (value) => options.some((o) => o(value)) && limits(value);
    }
    default:
      return leafCheckOf(schema);
  }
}
