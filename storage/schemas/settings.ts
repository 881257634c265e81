import { z } from 'zod';

/** One row (key "app"). Every field has a default, so older rows parse into the current shape. */
export const settings = z.object({
  key: z.literal('app').default('app'),
  sidebarMode: z.enum(['push', 'overlay']).default('push'),
  highlightNames: z.boolean().default(false),
  lastActivity: z.string().default('visit'),
  morningDigest: z.boolean().default(false),
  referralFollowUpDays: z.number().int().min(0).max(365).default(3),
  patientRefRetentionDays: z.number().int().min(0).max(36500).nullable().default(null),
  autoBackupWeekly: z.boolean().default(false),
  autoBackupKeep: z.number().int().min(1).max(52).default(4),
  registryBaseUrl: z.url().default('https://npiregistry.cms.hhs.gov/api/'),
  demoSeeded: z.boolean().default(false),
});
export type Settings = z.infer<typeof settings>;
export const defaultSettings: Settings = settings.parse({});
