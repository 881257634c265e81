import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie, Transaction } from 'dexie';
import { changedIds } from '../directory-changes';
import { authorState } from './author-state';
import { bulkOutboxLimit, isSharedTable, outboxTable, wholeTable } from './shared-tables';

/** Native transactions of the inbound applier: their rows came from the team server and keep its authorship. */
const remoteTransactions = new WeakSet<object>();

/** Marks a Dexie transaction as applying server documents: no stamping, no outbox rows (no echo back). */
export function markRemote(tx: Transaction): void {
  remoteTransactions.add((tx as unknown as { idbtrans: object }).idbtrans);
}

const newToken = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

// Upgrades rewrite rows in a version-change transaction: neither a new author nor an outbox row for them.
function logs(trans: unknown): boolean {
  const native = trans as Partial<IDBTransaction>;
  if (native.mode === 'versionchange') return false;
  return native.objectStoreNames === undefined || native.objectStoreNames.contains(outboxTable);
}

/**
 * Who did what: the writer's name on new and changed rows of shared tables (createdBy kept once set). Without a
 * team the rows keep what they have (a restored backup keeps its authors).
 */
function stamp(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if ((request.type !== 'add' && request.type !== 'put') || !authorState.name) return request;
  const name = authorState.name;
  const values = request.values.map((v: Record<string, unknown>) =>
    v && typeof v === 'object' ? { ...v, createdBy: v.createdBy || name, updatedBy: name } : v,
  );
  return { ...request, values };
}

/**
 * A DBCore middleware (schema version 6): every write to a shared table stamps `createdBy` / `updatedBy` with the
 * signed-in member and logs one outbox row per record id, in the same transaction (a bulk or range write logs the
 * whole table). The background's outbox pusher (features/team) copies those records into the replication
 * database and removes the rows whose token it saw. Writes of the inbound applier (`markRemote`) do neither.
 */
export function installTeamWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'rounds-team-writes',
    create: (down: DBCore): DBCore => {
      if (!down.schema.tables.some((t) => t.name === outboxTable)) return down;
      const outbox = down.table(outboxTable);
      const wrapped = new Map<string, DBCoreTable>();
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.some(isSharedTable) && !stores.includes(outboxTable);
          return down.transaction(widen ? [...stores, outboxTable] : stores, mode, options);
        },
        table(name: string): DBCoreTable {
          if (!isSharedTable(name)) return down.table(name);
          let table = wrapped.get(name);
          if (table) return table;
          const inner = down.table(name);
          table = {
            ...inner,
            mutate(request) {
              if (!logs(request.trans) || remoteTransactions.has(request.trans)) return inner.mutate(request);
              const stamped = stamp(request);
              const ids = changedIds(stamped);
              const token = newToken();
              const keys =
                ids === null || ids.length > bulkOutboxLimit ? [wholeTable(name)] : ids.map((id) => `${name}:${id}`);
              const values = keys.map((id) => ({ id, token }));
              const logged = values.length ? outbox.mutate({ type: 'put', trans: stamped.trans, values }) : null;
              return inner.mutate(stamped).then(async (result) => {
                await logged;
                return result;
              });
            },
          };
          wrapped.set(name, table);
          return table;
        },
      };
    },
  });
}
