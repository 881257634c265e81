import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyVersions, RoundsDatabase } from './database';
import { rowSchemas } from './row-schemas';
import { upgradeStaffMember } from './upgrades/field-day';
import { programIdOfTopic, topicKey, upgradeConcern } from './upgrades/relationship-loop';
import { authoredTables } from './upgrades/team';
import { latestVersion, schemaVersions } from './versions';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const dir = 'tests/fixtures/db';
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

/** Keys a later version rewrote, per table: checked by that version's `derived` check instead. */
const changedKeys: Record<number, Record<string, string[]>> = {
  3: { physicians: ['staff'], practices: ['locations'] },
  4: { outreach: ['topics', 'concern', 'sensitive'] },
};

/** What each upgrade must have derived, checked on the fixture of every earlier version. */
const derived: Record<number, (db: RoundsDatabase, fixture: Fixture) => Promise<void>> = {
  2: async (db, fixture) => {
    for (const before of fixture.tables.followUps ?? []) {
      const after = await db.followUps.get(before.id as string);
      const expected = before.kind ?? (before.referralId ? 'referral-loop' : before.outreachId ? 'outreach' : 'manual');
      expect(after?.kind, `followUps ${String(before.id)}.kind`).toBe(expected);
    }
  },
  3: async (db, fixture) => {
    for (const before of fixture.tables.physicians ?? []) {
      const after = await db.physicians.get(before.id as string);
      expect(after?.staff, `physicians ${String(before.id)}.staff`).toEqual(
        (before.staff as Record<string, unknown>[]).map(upgradeStaffMember),
      );
    }
    for (const before of fixture.tables.practices ?? []) {
      const after = await db.practices.get(before.id as string);
      const old = before.locations as Record<string, unknown>[];
      expect(after?.locations.map(({ id: _id, hours: _h, ...rest }) => rest)).toEqual(
        old.map(({ id: _id, hours: _h, ...rest }) => rest),
      );
      expect(new Set(after?.locations.map((l) => l.id)).size, 'location ids unique').toBe(old.length);
    }
  },
  4: async (db, fixture) => {
    const programs = new Map((await db.programs.toArray()).map((p) => [p.id, p]));
    for (const before of fixture.tables.outreach ?? []) {
      const after = await db.outreach.get(before.id as string);
      const place = `outreach ${String(before.id)}`;
      const topics = (before.topics as string[]) ?? [];
      // Every topic is a program now, by the same name (folded), and nothing else was presented.
      expect(after?.programIds, `${place}.programIds`).toEqual([...new Set(topics.map(programIdOfTopic))]);
      for (const t of topics) expect(topicKey(programs.get(programIdOfTopic(t))?.name ?? ''), t).toBe(topicKey(t));
      expect(after && 'topics' in after, `${place}.topics gone`).toBe(false);
      expect(after?.concern, `${place}.concern`).toEqual(upgradeConcern(before.concern));
      expect(after?.sensitive, `${place}.sensitive`).toEqual({
        ...(before.sensitive as object),
        concernResolution: '',
      });
    }
  },
  6: async (db, fixture) => {
    // Rows written before team sync: nobody is named as their author (not the member signed in at the upgrade).
    for (const table of authoredTables) {
      for (const before of fixture.tables[table] ?? []) {
        const after = (await db.table(table).get(before.id as string)) as Record<string, unknown> | undefined;
        expect([after?.createdBy, after?.updatedBy], `${table} ${String(before.id)} authors`).toEqual(['', '']);
      }
    }
    expect(await db.syncOutbox.count(), 'the upgrade logs nothing to replicate').toBe(0);
  },
};

describe('migration harness', () => {
  it('has a fixture for every schema version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(schemaVersions.map((v) => v.version));
  });

  for (const fixture of fixtures) {
    it(`upgrades version ${fixture.version} rows to version ${latestVersion} with nothing lost or changed in meaning`, async () => {
      const name = `migrate-${fixture.version}-${crypto.randomUUID()}`;
      // Write the rows exactly as that version stored them, through that version's schema only.
      const old = new Dexie(name);
      applyVersions(old, schemaVersions, fixture.version);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new RoundsDatabase(name);
      await db.open();
      expect(db.verno).toBe(latestVersion);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const upgraded = await db.table(table).toArray();
        expect(upgraded, `${table}: row count`).toHaveLength(rows.length);
        const schema = rowSchemas[table];
        if (!schema) throw new Error(`no row schema for ${table}`);
        const skip = new Set(
          Object.entries(changedKeys).flatMap(([v, t]) => (Number(v) > fixture.version ? (t[table] ?? []) : [])),
        );
        for (const before of rows) {
          const key = (before.id ?? before.key) as string;
          const after = upgraded.find((r: Record<string, unknown>) => (r.id ?? r.key) === key);
          expect(after, `${table} ${key} exists`).toBeDefined();
          expect(schema.safeParse(after).success, `${table} ${key} parses with today's schema`).toBe(true);
          for (const [field, value] of Object.entries(before)) {
            if (!skip.has(field)) expect(after[field], `${table} ${key}.${field}`).toEqual(value);
          }
        }
      }
      for (const [version, check] of Object.entries(derived)) {
        if (Number(version) > fixture.version) await check(db, fixture);
      }
      db.close();
    });
  }

  it('declares a table for every row schema', async () => {
    const db = new RoundsDatabase(`idx-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(rowSchemas).sort());
  });
});
