/** Raw IndexedDB (no Dexie, no validation): the physical limit that seeding and import are compared with. */

export interface RawStore {
  name: string;
  /** [index name, key path, multiEntry] */
  indexes: [string, string, boolean][];
}

export function openRaw(name: string, stores: RawStore[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      for (const s of stores) {
        const store = req.result.createObjectStore(s.name, { keyPath: 'id' });
        for (const [index, keyPath, multiEntry] of s.indexes) store.createIndex(index, keyPath, { multiEntry });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Puts rows in one readwrite transaction and waits for it to commit. */
export function rawPut(db: IDBDatabase, store: string, rows: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const row of rows) os.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store, 'readonly').objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
    req.onblocked = () => resolve();
  });
}

/** The same indexes as Dexie schema version 1 declares for these tables. */
export const rawStores: RawStore[] = [
  {
    name: 'physicians',
    indexes: [
      ['npi', 'npi', false],
      ['nameTokens', 'nameTokens', true],
      ['practiceId', 'practiceId', false],
      ['updatedAt', 'updatedAt', false],
    ],
  },
  {
    name: 'practices',
    indexes: [
      ['nameKey', 'nameKey', false],
      ['updatedAt', 'updatedAt', false],
    ],
  },
  {
    name: 'notes',
    indexes: [
      ['physicianIds', 'physicianIds', true],
      ['referralId', 'referralId', false],
      ['pageKey', 'pageKey', false],
      ['createdAt', 'createdAt', false],
      ['updatedAt', 'updatedAt', false],
    ],
  },
  {
    name: 'outreach',
    indexes: [
      ['physicianIds', 'physicianIds', true],
      ['practiceId', 'practiceId', false],
      ['at', 'at', false],
      ['type', 'type', false],
      ['updatedAt', 'updatedAt', false],
    ],
  },
];
