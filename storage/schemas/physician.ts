import { z } from 'zod';
import { instant, npi, optionalText, phone, recordBase, recordId, systemKeys, text } from './common';

export const networkStatuses = [
  'in-network',
  'affiliated',
  'independent',
  'out-of-network',
  'competitor',
  'unknown',
] as const;
export const networkStatus = z.enum(networkStatuses);

export const staffMember = z.object({
  name: text(200).min(1, 'a name is required'),
  role: text(100).default(''),
  phone,
});

export const physicianSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('capture'), url: z.string().max(4000), title: text(500).default(''), at: instant }),
  z.object({ kind: z.literal('import'), file: text(300).default(''), at: instant }),
  z.object({ kind: z.literal('registry'), at: instant }),
]);

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const preferredContacts = ['phone', 'fax', 'email', 'visit', 'none'] as const;

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
  officeDays: z.array(z.enum(weekdays)).default([]),
  preferredContact: z.enum(preferredContacts).nullable().default(null),
  networkStatus: networkStatus.default('unknown'),
  tags: z.array(text(60).min(1)).max(50).default([]),
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
