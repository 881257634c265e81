import type { z } from 'zod';

/** True when a value would come out of its schema unchanged (and pass it). */
export type ValueCheck = (value: unknown) => boolean;

type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (v: unknown) => unknown;
  fn?: (v: unknown) => unknown;
};
type LeafDef = {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  pattern?: RegExp;
  format?: string;
  entries?: Record<string, unknown>;
  values?: unknown[];
};

/** Falls back to zod itself: the value passes and parses to an equal value. */
export function parsesUnchanged(schema: z.core.$ZodType): ValueCheck {
  return (value) => {
    const result = (schema as z.ZodType).safeParse(value);
    if (!result.success) return false;
    return result.data === value || JSON.stringify(result.data) === JSON.stringify(value);
  };
}

/** One zod check as a plain predicate, or null when it is not one we can mirror exactly. */
export function checkOf(def: CheckDef): ValueCheck | null {
  switch (def.check) {
    case 'min_length':
      return (v) => (v as string).length >= (def.minimum ?? 0);
    case 'max_length':
      return (v) => (v as string).length <= (def.maximum ?? Number.POSITIVE_INFINITY);
    case 'overwrite':
      // trim() and friends: a stored value is already in its overwritten form.
      return def.tx ? (v) => (def.tx as (v: unknown) => unknown)(v) === v : null;
    case 'greater_than':
      return (v) => (def.inclusive ? (v as number) >= (def.value ?? 0) : (v as number) > (def.value ?? 0));
    case 'less_than':
      return (v) => (def.inclusive ? (v as number) <= (def.value ?? 0) : (v as number) < (def.value ?? 0));
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'string_format':
      return def.format === 'regex' && def.pattern && !def.pattern.global
        ? (v) => (def.pattern as RegExp).test(v as string)
        : null;
    case 'custom':
      return def.fn ? (v) => def.fn?.(v) === true : null;
    default:
      return null;
  }
}

/** The schema's own checks (lengths, refinements) as one predicate, or zod itself when one cannot be mirrored. */
export function checksOf(schema: z.core.$ZodType): ValueCheck {
  const def = schema._zod.def as unknown as LeafDef;
  const checks = (def.checks ?? []).map((c) => checkOf(c._zod.def));
  if (checks.some((c) => c === null)) return parsesUnchanged(schema);
  if (checks.length === 0) return () => true;
  const all = checks as ValueCheck[];
  return (v) => all.every((c) => c(v));
}

const regexFormats = new Set(['datetime', 'date', 'time', 'uuid', 'email', 'regex']);

/** A predicate equivalent to parsing a leaf (string, number, boolean, enum, literal), falling back to zod. */
export function leafCheckOf(schema: z.core.$ZodType): ValueCheck {
  const def = schema._zod.def as unknown as LeafDef;
  const checks = (def.checks ?? []).map((c) => checkOf(c._zod.def));
  if (checks.some((c) => c === null)) return parsesUnchanged(schema);
  const all = checks as ValueCheck[];
  const passes = (v: unknown) => all.every((c) => c(v));
  switch (def.type) {
    case 'string': {
      // Formats checked by their regex alone; others (url, …) need code of zod's own.
      if (def.format && (!regexFormats.has(def.format) || !def.pattern)) return parsesUnchanged(schema);
      const pattern = def.pattern && def.pattern.source !== '^[\\s\\S]{0,}$' ? def.pattern : null;
      return (v) => typeof v === 'string' && (!pattern || pattern.test(v)) && passes(v);
    }
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v) && passes(v);
    case 'boolean':
      return (v) => typeof v === 'boolean' && passes(v);
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (v) => values.has(v);
    }
    default:
      return parsesUnchanged(schema);
  }
}
