import Dexie, { type Table } from 'dexie';
import { cipherState } from './crypto/cipher-state';
import { installDirectoryChanges } from './directory-changes';
import { installSealedFields } from './repositories/sealed-fields';
import type {
  DayPlan,
  DirectoryChange,
  DirectoryIndexRecord,
  DirectoryIndexStamp,
  FollowUp,
  Note,
  Outreach,
  Physician,
  Portal,
  Practice,
  Program,
  Referral,
  RoundsEvent,
  Settings,
  SyncOutboxRow,
} from './schemas';
import { installTeamWrites } from './team/team-writes';
import { latestVersion, type SchemaVersion, schemaVersions } from './versions';
import { installWriteEvents } from './write-events';

export const databaseName = 'rounds';

/** The one database, in the extension's origin. Opened by extension pages and the background only. */
export class RoundsDatabase extends Dexie {
  physicians!: Table<Physician, string>;
  practices!: Table<Practice, string>;
  notes!: Table<Note, string>;
  referrals!: Table<Referral, string>;
  outreach!: Table<Outreach, string>;
  followUps!: Table<FollowUp, string>;
  portals!: Table<Portal, string>;
  settings!: Table<Settings, 'app'>;
  dayPlans!: Table<DayPlan, string>;
  programs!: Table<Program, string>;
  events!: Table<RoundsEvent, string>;
  /** Derived (version 5): the packed directory index and the physician writes since it was packed. */
  directoryIndex!: Table<DirectoryIndexRecord | DirectoryIndexStamp, 'directory' | 'stamp'>;
  directoryChanges!: Table<DirectoryChange, string>;
  /** Derived (version 6): shared records written here since they were last replicated (storage/team). */
  syncOutbox!: Table<SyncOutboxRow, string>;

  constructor(
    name = databaseName,
    options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined);
    applyVersions(this, schemaVersions, options.upTo ?? latestVersion);
    installWriteEvents(this);
    installSealedFields(this, cipherState);
  }
}

/** Declares the versions up to `upTo`, and logs physician writes for the directory index (directory-changes.ts). */
export function applyVersions(db: Dexie, versions: readonly SchemaVersion[], upTo: number): void {
  for (const v of versions) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  installDirectoryChanges(db);
  installTeamWrites(db);
}
