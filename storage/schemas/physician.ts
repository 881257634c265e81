import { z } from 'zod';
import { instant, npi, optionalText, phone, recordBase, recordId, systemKeys, text, weekdays } from './common';

export const networkStatuses = [
  'in-network',
  'affiliated',
  'independent',
  'out-of-network',
  'competitor',
  'unknown',
] as const;
export const networkStatus = z.enum(networkStatuses);

/** Who a liaison talks to in an office besides the physician (schema version 3; older free-text roles were mapped). */
export const staffRoles = [
  'front-desk',
  'referral-coordinator',
  'office-manager',
  'scheduler',
  'nurse',
  'other',
] as const;

export const staffMember = z.object({
  name: text(200).min(1, 'a name is required'),
  role: z.enum(staffRoles).default('other'),
  phone,
  email: z.union([z.literal(''), z.email({ message: 'not an email address' })]).default(''),
  notes: text(1_000).default(''),
});

export const physicianSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('capture'), url: z.string().max(4000), title: text(500).default(''), at: instant }),
  z.object({ kind: z.literal('import'), file: text(300).default(''), at: instant }),
  z.object({ kind: z.literal('registry'), at: instant }),
]);

export const preferredContacts = ['phone', 'fax', 'email', 'visit', 'none'] as const;
export const tiers = ['A', 'B', 'C'] as const;
/** A location id of the physician's practice (see practice.ts), per weekday the physician is there. */
export const dayLocations = z.partialRecord(z.enum(weekdays), z.string().max(60));

/** What a person enters or an import supplies for a physician. */
export const physicianFields = z.object({
  prefix: text(20).default(''),
  first: text(100).default(''),
  middle: text(100).default(''),
  last: text(100).min(1, 'a last name is required'),
  suffix: text(20).default(''),
  credentials: z.array(text(20).min(1)).max(20).default([]),
  npi: npi.optional(),
  specialty: optionalText,
  taxonomyCode: z
    .string()
    .regex(/^([0-9A-Z]{9}X)?$/, 'a taxonomy code is 10 characters ending in X')
    .default(''),
  practiceId: recordId.nullable().default(null),
  practiceName: text(200).default(''),
  phone,
  fax: phone,
  email: z.union([z.literal(''), z.email({ message: 'not an email address' })]).default(''),
  staff: z.array(staffMember).max(50).default([]),
  officeDays: z.array(z.enum(weekdays)).max(7).default([]),
  /** Which practice location the physician is at on each office day (schema version 3). */
  dayLocations: dayLocations.default({}),
  preferredContact: z.enum(preferredContacts).nullable().default(null),
  networkStatus: networkStatus.default('unknown'),
  tags: z.array(text(60).min(1)).max(50).default([]),
  /** How much the relationship matters (schema version 3). */
  tier: z.enum(tiers).nullable().default(null),
  /** Visit cadence: due for a visit this many days after the last in-person outreach (null: the settings default). */
  visitEveryDays: z.number().int().min(1).max(730).nullable().default(null),
  /** Where this physician sends which service line, and why: "cardiology to us, ortho to Mercy (surgeon)" (v4). */
  loyaltyNote: text(1_000).default(''),
  source: physicianSource.default({ kind: 'manual' }),
});

/** Derived, indexed fields: recomputed by the repository on every write, never typed by a person. */
export const physicianIndex = z.object({
  nameTokens: z.array(z.string()),
});

export const physician = recordBase.extend(physicianFields.shape).extend(physicianIndex.shape);
export type Physician = z.infer<typeof physician>;
export const physicianInput = physician.omit({ ...systemKeys, nameTokens: true });
export type PhysicianInput = z.input<typeof physicianInput>;
