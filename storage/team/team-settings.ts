import { z } from 'zod';
import { readKey, storageKeys, writeKey } from '../extension-storage';

/** The team server and who is signed in (storage.local `rounds.team`); no password is ever kept. */
export const teamSettings = z.object({
  /** The server's origin, e.g. https://couch.example.org */
  server: z.url({ protocol: /^https?$/ }),
  /** The team's database on it (CouchDB database name rules). */
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]{0,200}$/),
  username: z.string().min(1).max(200),
  signedIn: z.boolean(),
  /** Patient information (the sealed fields) is not replicated at all: the only mode this version ships. */
  patientInformation: z.literal('not-replicated').default('not-replicated'),
});
export type TeamSettings = z.infer<typeof teamSettings>;

export const syncStates = ['off', 'synced', 'syncing', 'offline', 'error'] as const;
export const teamStatus = z.object({
  state: z.enum(syncStates),
  reason: z.string().max(500).default(''),
  /** Documents waiting to go up or come down, when the replicator says. */
  pending: z.number().int().min(0).default(0),
  lastSyncedAt: z.string().nullable().default(null),
  quarantined: z
    .array(z.object({ id: z.string(), reason: z.string() }))
    .max(100)
    .default([]),
  conflicts: z.array(z.string()).max(1000).default([]),
});
export type TeamStatus = z.infer<typeof teamStatus>;
export const noTeamStatus: TeamStatus = teamStatus.parse({ state: 'off' });

export async function readTeamSettings(): Promise<TeamSettings | null> {
  const parsed = teamSettings.safeParse(await readKey(storageKeys.team));
  return parsed.success ? parsed.data : null;
}

export async function writeTeamSettings(settings: TeamSettings): Promise<void> {
  await writeKey(storageKeys.team, teamSettings.parse(settings));
}

export async function readTeamStatus(): Promise<TeamStatus> {
  const parsed = teamStatus.safeParse(await readKey(storageKeys.teamStatus));
  return parsed.success ? parsed.data : noTeamStatus;
}

export async function writeTeamStatus(status: TeamStatus): Promise<void> {
  await writeKey(storageKeys.teamStatus, teamStatus.parse(status));
}
