import { loadCipherState } from './crypto/cipher-state-loader';
import { RoundsDatabase } from './rounds-database';
import { loadAuthor } from './team/author';

export { applyVersions, databaseName, RoundsDatabase } from './rounds-database';

export interface OpenOptions {
  name?: string;
  /** Called when another context upgrades the schema: pages reload, the background reopens. */
  onUpgradeElsewhere?: () => void;
}

/** Opens the database and asks for persistent storage, so the browser does not evict a liaison's notes. */
export async function openDatabase(options: OpenOptions = {}): Promise<RoundsDatabase> {
  await Promise.all([loadCipherState(), loadAuthor()]);
  const db = new RoundsDatabase(options.name);
  db.on('versionchange', () => {
    db.close();
    options.onUpgradeElsewhere?.();
    return false;
  });
  await db.open();
  void requestPersistence();
  return db;
}

async function requestPersistence(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

let shared: Promise<RoundsDatabase> | undefined;

/** The page's shared connection. Extension pages reload when another context upgrades the schema. */
export function getDatabase(): Promise<RoundsDatabase> {
  shared ??= openDatabase({
    onUpgradeElsewhere: () => {
      shared = undefined;
      if (typeof location !== 'undefined' && typeof document !== 'undefined') location.reload();
    },
  });
  return shared;
}
