import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { applyVersions } from '../../storage/database';
import { type SchemaVersion, schemaVersions } from '../../storage/versions';

/** A frozen database fixture (tests/fixtures/db/vN.json): rows exactly as version N stored them. */
export interface DbFixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Reads the frozen fixture of one schema version. */
export function readDbFixture(version: number): DbFixture {
  return JSON.parse(readFileSync(`tests/fixtures/db/v${version}.json`, 'utf8')) as DbFixture;
}

/**
 * About `total` rows in the fixture's shape: each record row cloned round-robin with a new id (references keep
 * pointing at the fixture's rows, so derived fields come out as they would for the originals). Settings stay single.
 */
export function scaleFixture(fixture: DbFixture, total: number): DbFixture {
  const tables: Record<string, Record<string, unknown>[]> = {};
  const sources = Object.entries(fixture.tables).filter(([t]) => t !== 'settings');
  const perSource = Math.ceil(total / sources.reduce((n, [, rows]) => n + rows.length, 0));
  for (const [table, rows] of Object.entries(fixture.tables)) {
    if (table === 'settings') {
      tables[table] = rows;
      continue;
    }
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < perSource; i++) {
      for (const row of rows) out.push(i === 0 ? row : { ...structuredClone(row), id: crypto.randomUUID() });
    }
    tables[table] = out;
  }
  return { version: fixture.version, tables };
}

/** Writes a fixture into a new database through that version's schema only (as that version would have). */
export async function writeAtVersion(
  name: string,
  fixture: DbFixture,
  versions: readonly SchemaVersion[] = schemaVersions,
): Promise<void> {
  const old = new Dexie(name);
  applyVersions(old, versions, fixture.version);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

/** Every row of every table, keyed by table then primary key (for before/after comparisons). */
export async function dumpDatabase(db: Dexie): Promise<Record<string, Map<string, Record<string, unknown>>>> {
  const out: Record<string, Map<string, Record<string, unknown>>> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    out[table.name] = new Map(rows.map((r) => [String(r.id ?? r.key), r]));
  }
  return out;
}
