import type { DBCore, DBCoreTable, DBCoreTransaction, Dexie } from 'dexie';

/** Called once per committed read-write transaction with the tables it wrote. */
export type WriteListener = (tables: ReadonlySet<string>) => void;

/**
 * Listeners by database name, not by connection: every connection this context opens to the database reports to
 * them (the shared one, the strict one an import opens, a new one after another context's upgrade).
 */
const listenersOf = new Map<string, Set<WriteListener>>();
const writtenIn = new WeakMap<DBCoreTransaction, Set<string>>();

function noteWrite(db: Dexie, trans: DBCoreTransaction, table: string): void {
  const known = writtenIn.get(trans);
  if (known) {
    known.add(table);
    return;
  }
  const tables = new Set([table]);
  writtenIn.set(trans, tables);
  const emit = () => {
    for (const listener of listenersOf.get(db.name) ?? []) listener(tables);
  };
  // Dexie's IndexedDB core hands the native transaction down: report after it commits, never on abort.
  const native = trans as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
  if (typeof native.addEventListener === 'function') native.addEventListener('complete', emit);
  else queueMicrotask(emit);
}

/**
 * A DBCore middleware that reports committed writes per table, in whichever context made them (pages and the
 * background alike). Installed before the database opens: by RoundsDatabase's constructor, and by any other
 * connection to it (the import's strict connection).
 */
export function installWriteEvents(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'rounds-write-events',
    create: (down: DBCore): DBCore => {
      // Dexie asks for a table on every operation: wrap each once.
      const wrapped = new Map<string, DBCoreTable>();
      return {
        ...down,
        table(name: string): DBCoreTable {
          let table = wrapped.get(name);
          if (!table) {
            const inner = down.table(name);
            table = {
              ...inner,
              mutate(request) {
                noteWrite(db, request.trans, name);
                return inner.mutate(request);
              },
            };
            wrapped.set(name, table);
          }
          return table;
        },
      };
    },
  });
}

/** Listens to the committed writes of every connection to this database, in this context; returns the stop. */
export function onCommittedWrites(db: Pick<Dexie, 'name'>, listener: WriteListener): () => void {
  let listeners = listenersOf.get(db.name);
  if (!listeners) {
    listeners = new Set();
    listenersOf.set(db.name, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
