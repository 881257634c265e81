import { z } from 'zod';

const goal = z.number().int().min(0).max(100_000).nullable().default(null);
/** Targets per calendar month (null: no goal); progress is shown on the Activity page. */
export const monthlyGoals = z.object({ visits: goal, touches: goal, newReferrers: goal, events: goal });
export type MonthlyGoals = z.infer<typeof monthlyGoals>;

/** Loopback http is allowed only in the e2e build, for the local NPI Registry replay server of the tests. */
const loopbackHttpAllowed = import.meta.env?.MODE === 'e2e';
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether an address may be the NPI Registry's: https only (look-ups carry physicians' names). */
export function isRegistryAddress(address: string): boolean {
  try {
    const url = new URL(address);
    if (url.username || url.password) return false;
    return (
      url.protocol === 'https:' || (loopbackHttpAllowed && url.protocol === 'http:' && loopbackHosts.has(url.hostname))
    );
  } catch {
    return false;
  }
}

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
  registryBaseUrl: z
    .url()
    .refine(isRegistryAddress, 'the NPI Registry address must start with https://')
    .default('https://npiregistry.cms.hhs.gov/api/'),
  demoSeeded: z.boolean().default(false),
  /** Visit cadence for physicians without their own (schema version 3; the dashboard used a fixed 60 before). */
  defaultVisitEveryDays: z.number().int().min(1).max(730).default(60),
  /** Encryption at rest: lock after this many idle minutes (issue 13). */
  lockAfterMinutes: z.number().int().min(1).max(1440).default(15),
  monthlyGoals: monthlyGoals.default({ visits: null, touches: null, newReferrers: null, events: null }),
  /** Competing hospitals and groups a referral can be lost to (schema version 4). */
  competitors: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  /**
   * The annual limit on non-monetary compensation per physician, in cents (schema version 4). CMS publishes the
   * figure each year (42 CFR 411.357(k): $535 for calendar year 2026, the default); the liaison updates it in options.
   * The compliance ledger flags physicians near (80 %) and over it.
   */
  annualGiftLimitCents: z.number().int().min(0).max(100_000_000).default(53_500),
});
export type Settings = z.infer<typeof settings>;
export const defaultSettings: Settings = settings.parse({});
