import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';

export const changeLogTable = 'directoryChanges';
/** The change-log id that says "a range or bulk write happened: rebuild from the rows" (no record id is empty). */
export const rebuildMarker = '';
/** More physicians than this in one write (an import, a seed): log "rebuild" instead of every id. */
export const bulkChangeLimit = 64;

/** The physician ids a write touches, or null for a range (clear, delete by range). */
export function changedIds(request: DBCoreMutateRequest): string[] | null {
  if (request.type === 'deleteRange') return null;
  const ids = new Set<string>();
  for (const key of request.keys ?? []) ids.add(String(key));
  if (request.type !== 'delete') {
    for (const value of request.values) if (value && typeof value.id === 'string') ids.add(value.id);
    for (const key of request.type === 'put' ? (request.updates?.keys ?? []) : []) ids.add(String(key));
  }
  return [...ids];
}

const newToken = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

// A version-change transaction of an older step (the v3 upgrade on the way to v5) has no change log yet.
function hasLog(trans: unknown): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names === undefined || names.contains(changeLogTable);
}

/**
 * A DBCore middleware, installed on every connection declared with Rounds' versions (`applyVersions`): every write
 * to `physicians` also writes, in the same transaction, one change-log row per physician id with a fresh token
 * (or one `rebuild` row for a range or bulk write). Read-write transactions over `physicians` are widened to the
 * change log for it. So the stored directory index plus the log always describe the table: a reader applies the
 * logged ids (or rebuilds), and whoever packs the index removes only the log rows whose token it has seen.
 */
export function installDirectoryChanges(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'rounds-directory-changes',
    create: (down: DBCore): DBCore => {
      if (!down.schema.tables.some((t) => t.name === changeLogTable)) return down;
      const log = down.table(changeLogTable);
      let physicians: DBCoreTable | null = null;
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.includes('physicians') && !stores.includes(changeLogTable);
          return down.transaction(widen ? [...stores, changeLogTable] : stores, mode, options);
        },
        table(name: string): DBCoreTable {
          if (name !== 'physicians') return down.table(name);
          const inner = down.table(name);
          physicians ??= {
            ...inner,
            mutate(request) {
              if (!hasLog(request.trans)) return inner.mutate(request);
              const ids = changedIds(request);
              const token = newToken();
              const values =
                ids === null || ids.length > bulkChangeLimit
                  ? [{ id: rebuildMarker, token }]
                  : ids.map((id) => ({ id, token }));
              const logged = values.length ? log.mutate({ type: 'put', trans: request.trans, values }) : null;
              return inner.mutate(request).then(async (result) => {
                await logged;
                return result;
              });
            },
          };
          return physicians;
        },
      };
    },
  });
}
