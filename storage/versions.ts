import type { Transaction } from 'dexie';
import { fieldDayUpgrades } from './upgrades/field-day';
import { programsOfTopics, relationshipLoopUpgrades } from './upgrades/relationship-loop';
import { authoredTables } from './upgrades/team';

/** One Dexie schema version. Never edit a shipped entry: add a new one with an upgrade and a fixture. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites rows of the previous version into this version's shape, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      physicians: 'id, npi, *nameTokens, practiceId, updatedAt',
      practices: 'id, nameKey, updatedAt',
      notes: 'id, *physicianIds, referralId, pageKey, createdAt, updatedAt',
      referrals: 'id, physicianId, status, receivedAt, followUpDate, pageKey, updatedAt',
      outreach: 'id, *physicianIds, practiceId, at, type, updatedAt',
      followUps: 'id, [status+dueDate], physicianId, referralId, outreachId, updatedAt',
      portals: 'id, origin, updatedAt',
      settings: 'key',
    },
  },
  {
    version: 2,
    // Follow-ups gain `kind`, indexed so the dashboard can count close-the-loop follow-ups without a scan.
    stores: {
      followUps: 'id, [status+dueDate], physicianId, referralId, outreachId, kind, updatedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('followUps')
        .toCollection()
        .modify((row: { kind?: string; referralId?: string | null; outreachId?: string | null }) => {
          row.kind ??= row.referralId ? 'referral-loop' : row.outreachId ? 'outreach' : 'manual';
        });
    },
  },
  {
    version: 3,
    // The field day: office days indexed (plan candidates), day plans stored; staff roles from a list, practice
    // locations with ids and hours, cadence and tier, outreach location, goals (storage/upgrades/field-day.ts).
    stores: {
      physicians: 'id, npi, *nameTokens, practiceId, updatedAt, *officeDays',
      dayPlans: 'id, day, updatedAt',
    },
    upgrade: async (tx) => {
      for (const [table, rewrite] of Object.entries(fieldDayUpgrades)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
            ref.value = rewrite(row);
          });
      }
    },
  },
  {
    version: 4,
    // The relationship loop: programs (version 3's topics become programs) and events; concerns as a workflow,
    // satisfaction, lost referrals, loyalty notes, competitors and the gift limit (storage/upgrades/relationship-loop.ts).
    stores: {
      programs: 'id, name, updatedAt',
      events: 'id, date, *attendeeIds, updatedAt',
    },
    upgrade: async (tx) => {
      const programs = new Map<string, Record<string, unknown>>();
      const at = new Date().toISOString();
      // The topics are read before the rewrite drops them; one pass, no second copy of the table in memory.
      await tx
        .table('outreach')
        .toCollection()
        .each((row: Record<string, unknown>) => {
          programsOfTopics([row], at, programs);
        });
      for (const [table, rewrite] of Object.entries(relationshipLoopUpgrades)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
            ref.value = rewrite(row);
          });
      }
      await tx.table('programs').bulkPut([...programs.values()]);
    },
  },
  {
    version: 5,
    // Derived, never exported: the packed directory search index and the log of physician writes since it was
    // packed (storage/directory-changes.ts writes it in the same transaction as every physician write). No rows to rewrite.
    stores: {
      directoryIndex: 'key',
      directoryChanges: 'id',
    },
  },
  {
    version: 6,
    // Team sync (issue 17): who did what on every record (`createdBy`, `updatedBy`: '' for rows written before),
    // and the outbox of shared records written here since they were last replicated (derived, never exported).
    stores: {
      syncOutbox: 'id',
    },
    upgrade: async (tx) => {
      for (const table of authoredTables) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: { createdBy?: string; updatedBy?: string }) => {
            row.createdBy ??= '';
            row.updatedBy ??= '';
          });
      }
    },
  },
];

export const latestVersion = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
