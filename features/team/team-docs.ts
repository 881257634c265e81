import { sealedFields } from '../../storage/repositories/sealed-fields';
import { rowSchemas } from '../../storage/row-schemas';
import { isSharedTable, type SharedTable } from '../../storage/team/shared-tables';

/**
 * One shared record as a CouchDB document: `_id` is `table:id`, the row (as zod parses it) under `row`, and
 * `withheld` names the fields kept off the server (patient information in the "not at all" mode).
 */
export interface TeamDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  table: SharedTable;
  row: Record<string, unknown>;
  withheld: string[];
  /** Versions not kept when a conflict was resolved: carried on the document, so nothing is lost to compaction. */
  discarded?: { rev: string; row: Record<string, unknown>; by: string; at: string }[];
}

type Row = Record<string, unknown>;

export const docIdOf = (table: string, id: string) => `${table}:${id}`;

/** The fields of a table that may hold patient information: sealed at rest, never replicated in plain text. */
export function withheldFields(table: string): string[] {
  const fields = Object.keys(sealedFields[table] ?? {});
  return fields.includes('page') ? [...fields, 'pageKey'] : fields;
}

const emptyOf = (field: string): unknown => (field === 'sensitive' ? {} : null);

/** The document a record replicates as: patient information withheld (the server never sees it). */
export function toDoc(table: SharedTable, row: Row): TeamDoc {
  const withheld = withheldFields(table);
  const out: Row = { ...row };
  for (const field of withheld) out[field] = emptyOf(field);
  return { _id: docIdOf(table, String(row.id)), table, row: out, withheld };
}

/** Whether two documents say the same thing (ignoring revisions): an echo or an unchanged row is not pushed. */
export function sameContent(a: Pick<TeamDoc, 'table' | 'row'>, b: Pick<TeamDoc, 'table' | 'row'>): boolean {
  return a.table === b.table && stableJson(a.row) === stableJson(b.row);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export type Inbound = { ok: true; table: SharedTable; row: Row } | { ok: false; reason: string };

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(row)'}: ${i.message}`)
    .join('; ');

/** Parses a server document into a row of its table, or says why it is quarantined (never written). */
export function fromDoc(doc: unknown): Inbound {
  if (!doc || typeof doc !== 'object') return { ok: false, reason: 'not a JSON object' };
  const d = doc as Partial<TeamDoc>;
  const id = typeof d._id === 'string' ? d._id : '(no id)';
  if (typeof d.table !== 'string' || !isSharedTable(d.table)) {
    return { ok: false, reason: `${id}: unknown table ${JSON.stringify(d.table ?? null)}` };
  }
  const schema = rowSchemas[d.table];
  if (!schema) return { ok: false, reason: `${id}: no schema for ${d.table}` };
  const parsed = schema.safeParse(d.row);
  if (!parsed.success) return { ok: false, reason: `${id}: not a valid ${d.table} record (${issuesOf(parsed.error)})` };
  const row = parsed.data as Row;
  if (docIdOf(d.table, String(row.id)) !== id) return { ok: false, reason: `${id}: its id does not match its row` };
  return { ok: true, table: d.table, row };
}

/** The row to store for a server row: the fields withheld from the server keep what this browser has. */
export function mergeInbound(table: SharedTable, remote: Row, local: Row | undefined): Row {
  const schema = rowSchemas[table];
  const out: Row = { ...remote };
  for (const field of withheldFields(table)) {
    if (local && field in local) out[field] = local[field];
  }
  return (schema?.parse(out) as Row) ?? out;
}
