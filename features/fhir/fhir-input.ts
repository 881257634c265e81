import { z } from 'zod';
import { instant, weekdays } from '../../storage/schemas';

/**
 * The parts of FHIR R4 resources an import reads, and nothing more: other elements are ignored. Lenient where
 * real directories are (NPPES conversions write a single coding as an object and "NPI" as a system).
 */
const coding = z.object({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() });
const codings = z
  .union([coding, z.array(coding)])
  .transform((c) => (Array.isArray(c) ? c : [c]))
  .optional();
const concept = z.object({ text: z.string().optional(), coding: codings });
const subExtension = z.object({ url: z.string(), valueString: z.string().optional() });
const extension = z.object({
  url: z.string(),
  valueCode: z.string().optional(),
  valueString: z.string().optional(),
  valueDateTime: z.string().optional(),
  valueDate: z.string().optional(),
  valueInteger: z.number().optional(),
  extension: z.array(subExtension).optional(),
});
const contactPoint = z.object({
  system: z.string().optional(),
  value: z.string().optional(),
  use: z.string().optional(),
});
const address = z.object({
  line: z.array(z.string()).optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  postalCode: z.string().optional(),
});
const reference = z.object({ reference: z.string().optional(), display: z.string().optional() });
const base = {
  id: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,64}$/, 'not a FHIR id (letters, digits, "-" and ".", up to 64)')
    .optional(),
  meta: z.object({ lastUpdated: instant.optional(), tag: z.array(coding).optional() }).optional(),
  extension: z.array(extension).optional(),
  telecom: z.array(contactPoint).optional(),
};

export const practitionerInput = z.object({
  ...base,
  resourceType: z.literal('Practitioner'),
  active: z.boolean().optional(),
  identifier: z.array(z.object({ system: z.string().optional(), value: z.string().optional() })).optional(),
  name: z
    .array(
      z.object({
        use: z.string().optional(),
        family: z.string().optional(),
        given: z.array(z.string()).optional(),
        prefix: z.array(z.string()).optional(),
        suffix: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  address: z.array(address).optional(),
  qualification: z.array(z.object({ code: concept })).optional(),
});

export const practitionerRoleInput = z.object({
  ...base,
  resourceType: z.literal('PractitionerRole'),
  active: z.boolean().optional(),
  practitioner: reference.optional(),
  organization: reference.optional(),
  specialty: z.array(concept).optional(),
  availableTime: z.array(z.object({ daysOfWeek: z.array(z.enum(weekdays)).optional() })).optional(),
});

export const organizationInput = z.object({
  ...base,
  resourceType: z.literal('Organization'),
  active: z.boolean().optional(),
  name: z.string().optional(),
  address: z.array(address).optional(),
});

export const locationInput = z.object({
  ...base,
  resourceType: z.literal('Location'),
  status: z.string().optional(),
  name: z.string().optional(),
  address: address.optional(),
  hoursOfOperation: z
    .array(
      z.object({
        daysOfWeek: z.array(z.enum(weekdays)).optional(),
        openingTime: z.string().optional(),
        closingTime: z.string().optional(),
        extension: z.array(extension).optional(),
      }),
    )
    .optional(),
  managingOrganization: reference.optional(),
});

export const directoryInputs = {
  Practitioner: practitionerInput,
  PractitionerRole: practitionerRoleInput,
  Organization: organizationInput,
  Location: locationInput,
} as const;
export type DirectoryType = keyof typeof directoryInputs;
export type PractitionerInput = z.output<typeof practitionerInput>;
export type PractitionerRoleInput = z.output<typeof practitionerRoleInput>;
export type OrganizationInput = z.output<typeof organizationInput>;
export type LocationInput = z.output<typeof locationInput>;
export type ExtensionInput = z.output<typeof extension>;
export type ContactPointInput = z.output<typeof contactPoint>;
export type AddressInput = z.output<typeof address>;
