import type { DBCore, DBCoreCursor, DBCoreKeyRange, DBCoreTable, Dexie } from 'dexie';
import { CodedError } from '../../locales/coded-error';
import type { CipherState } from '../crypto/cipher-state';
import { isSealed, openSealed, sealToPublicKey, sealWithKey } from '../crypto/envelope';
import { hashedPrefix, hashPageKey } from '../crypto/page-key-hash';

/** Shown in place of a sealed text while locked (the UI contract's `Locked`). */
export const lockedText = 'Locked';
/** The stored page key of a page-attached record written while locked: hashed at the next unlock. */
export const pendingPageKey = 'p1:pending';

const lockedPage = { origin: '', path: '', title: lockedText, key: '' };
const locked = (...fields: string[]) => Object.fromEntries(fields.map((f) => [f, lockedText]));

/** Per table: the fields sealed at rest and what a locked read shows instead. `page` also hides the page key. */
export const sealedFields: Record<string, Record<string, unknown>> = {
  notes: { sensitive: locked('body'), page: lockedPage },
  referrals: { sensitive: locked('patientRef', 'notes'), page: lockedPage },
  outreach: { sensitive: locked('notes', 'outcome', 'concernText', 'followUpText', 'concernResolution') },
  followUps: { sensitive: locked('text') },
};
export const sealedTables = Object.keys(sealedFields);

type Row = Record<string, unknown>;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const writesSealed = (s: CipherState) => s.mode === 'on' || s.mode === 'encrypting';

/** The row as features see it: every sealed field opened (or its locked placeholder), the page key restored. */
export function openRow(state: CipherState, table: string, row: unknown): unknown {
  const fields = sealedFields[table];
  if (!fields || typeof row !== 'object' || row === null) return row;
  let out: Row | undefined;
  for (const [field, placeholder] of Object.entries(fields)) {
    const value = (row as Row)[field];
    if (!isSealed(value)) continue;
    out ??= { ...(row as Row) };
    const aad = `${table}/${String(out.id)}/${field}`;
    out[field] = state.ring ? openSealed(state.ring, value, aad) : placeholder;
    if (field === 'page' && state.ring) out.pageKey = (out.page as { key?: string } | null)?.key ?? null;
  }
  if (out && state.ring) state.onUse();
  return out ?? row;
}

/** The row as stored: sealed fields sealed (with the data key, or to the public key while locked). */
export function sealRow(state: CipherState, table: string, row: Row, stored: Row | undefined): Row {
  const fields = sealedFields[table];
  if (!fields || !writesSealed(state)) return row;
  const out: Row = { ...row };
  let pageKept = false;
  for (const [field, placeholder] of Object.entries(fields)) {
    const value = out[field];
    if (value === null || value === undefined || isSealed(value)) continue;
    const aad = `${table}/${String(out.id)}/${field}`;
    if (state.ring) out[field] = sealWithKey(state.ring.dataKey, value, aad);
    else if (stored && isSealed(stored[field]) && sameJson(value, placeholder)) {
      // A locked read handed out the placeholder and the caller wrote the row back: keep what is stored.
      out[field] = stored[field];
      if (field === 'page') pageKept = true;
    } else if (state.publicKey) out[field] = sealToPublicKey(state.publicKey, value, aad);
    else throw new CodedError('encryption.lockedNoKey');
  }
  if ('pageKey' in fields || 'page' in fields) out.pageKey = sealedPageKey(state, out.pageKey, pageKept, stored);
  if (state.ring) state.onUse();
  return out;
}

function sealedPageKey(state: CipherState, key: unknown, kept: boolean, stored: Row | undefined): unknown {
  if (typeof key !== 'string') return key ?? null;
  if (state.ring) return key === pendingPageKey ? key : hashPageKey(state.ring.pageKeySecret, key);
  if (kept) return stored?.pageKey ?? null;
  return key.startsWith(hashedPrefix) ? key : pendingPageKey;
}

function translateRange(state: CipherState, range: DBCoreKeyRange): DBCoreKeyRange {
  const ring = state.ring;
  if (!ring || state.mode === 'off') return range;
  const hash = (k: unknown) =>
    typeof k === 'string' && k !== pendingPageKey && !k.startsWith(hashedPrefix)
      ? hashPageKey(ring.pageKeySecret, k)
      : k;
  return { ...range, lower: hash(range.lower), upper: hash(range.upper) };
}

function openCursor(state: CipherState, table: string, cursor: DBCoreCursor): DBCoreCursor {
  let cachedKey: unknown;
  let cachedValue: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        if (cachedKey !== cursor.primaryKey || cachedValue === undefined) {
          cachedKey = cursor.primaryKey;
          cachedValue = openRow(state, table, cursor.value);
        }
        return cachedValue;
      },
    },
  });
}

function sealedTable(state: CipherState, name: string, inner: DBCoreTable): DBCoreTable {
  const open = (v: unknown) => openRow(state, name, v);
  return {
    ...inner,
    async mutate(request) {
      if ((request.type !== 'add' && request.type !== 'put') || !writesSealed(state)) return inner.mutate(request);
      const values = request.values as Row[];
      const stored =
        !state.ring && request.type === 'put'
          ? ((await inner.getMany({ trans: request.trans, keys: values.map((v) => v.id) })) as (Row | undefined)[])
          : [];
      return inner.mutate({ ...request, values: values.map((v, i) => sealRow(state, name, v, stored[i])) });
    },
    get: async (request) => open(await inner.get(request)),
    getMany: async (request) => (await inner.getMany(request)).map(open),
    async query(request) {
      const pageIndex = request.query.index.name === 'pageKey';
      const query = pageIndex ? { ...request.query, range: translateRange(state, request.query.range) } : request.query;
      const result = await inner.query({ ...request, query });
      return request.values ? { ...result, result: result.result.map(open) } : result;
    },
    count(request) {
      const pageIndex = request.query.index.name === 'pageKey';
      return inner.count(
        pageIndex
          ? { ...request, query: { ...request.query, range: translateRange(state, request.query.range) } }
          : request,
      );
    },
    async openCursor(request) {
      const pageIndex = request.query.index.name === 'pageKey';
      const query = pageIndex ? { ...request.query, range: translateRange(state, request.query.range) } : request.query;
      const cursor = await inner.openCursor({ ...request, query });
      return cursor && request.values !== false ? openCursor(state, name, cursor) : cursor;
    },
  };
}

/**
 * The one place where patient information is sealed and opened: a DBCore middleware under every read and write
 * of the four tables with `sensitive` fields, so repositories, queries and features work on plain rows.
 */
export function installSealedFields(db: Dexie, state: CipherState): void {
  db.use({
    stack: 'dbcore',
    name: 'rounds-sealed-fields',
    level: 5,
    create: (down: DBCore): DBCore => {
      const wrapped = new Map<string, DBCoreTable>();
      return {
        ...down,
        table(name: string): DBCoreTable {
          if (!sealedFields[name]) return down.table(name);
          let table = wrapped.get(name);
          if (!table) {
            table = sealedTable(state, name, down.table(name));
            wrapped.set(name, table);
          }
          return table;
        },
      };
    },
  });
}
