import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RoundsDatabase } from '../../storage/database';
import { latestVersion, schemaVersions } from '../../storage/versions';
import { dumpDatabase, readDbFixture, writeAtVersion } from './fixture-scale';
import { type Interruption, interruptedRuns, openInterrupted, storedVersion } from './upgrade-interrupted';

const older = schemaVersions.filter((v) => v.version < latestVersion).map((v) => v.version);

describe('an upgrade interrupted midway', () => {
  for (const from of older) {
    for (const how of ['throw', 'abort', 'close'] as Interruption[]) {
      it(`(${how}) leaves version ${from} untouched and finishes on the next start`, async () => {
        const name = `interrupted-${how}-${crypto.randomUUID()}`;
        const fixture = readDbFixture(from);
        await writeAtVersion(name, fixture);
        const runs = interruptedRuns.started;
        const error = await openInterrupted(name, latestVersion, how);
        expect(interruptedRuns.started, 'the upgrade step ran').toBe(runs + 1);
        expect(error, 'the interrupted open fails').not.toBeNull();

        expect(await storedVersion(name)).toBe(from);
        const raw = new Dexie(name);
        await raw.open();
        const stored = await dumpDatabase(raw);
        raw.close();
        for (const [table, rows] of Object.entries(fixture.tables)) {
          expect(stored[table]?.size, `${table} rows after the interruption`).toBe(rows.length);
          for (const row of rows) expect(stored[table]?.get(String(row.id ?? row.key))).toEqual(row);
        }

        const db = new RoundsDatabase(name);
        await db.open();
        expect(db.verno).toBe(latestVersion);
        for (const [table, rows] of Object.entries(fixture.tables)) {
          expect(await db.table(table).count(), `${table} after the next start`).toBe(rows.length);
        }
        expect((await db.followUps.toArray()).every((f) => typeof f.kind === 'string')).toBe(true);
        await db.delete();
      });
    }
  }
});
