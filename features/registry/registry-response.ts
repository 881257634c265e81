import { z } from 'zod';

// Only the fields Rounds reads are declared; zod drops the rest. Strings the registry sometimes omits default to ''.
const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? '');

export const registryAddress = z.object({
  address_purpose: optionalText,
  address_1: optionalText,
  address_2: optionalText,
  city: optionalText,
  state: optionalText,
  postal_code: optionalText,
  telephone_number: optionalText,
  fax_number: optionalText,
});

export const registryTaxonomy = z.object({
  code: optionalText,
  desc: optionalText,
  primary: z.boolean().nullish(),
});

export const registryBasic = z.object({
  first_name: optionalText,
  middle_name: optionalText,
  last_name: optionalText,
  credential: optionalText,
  name_prefix: optionalText,
  name_suffix: optionalText,
  organization_name: optionalText,
});

export const registryRecord = z.object({
  // Recorded responses carry a number, newer ones a string.
  number: z.union([z.number().int(), z.string()]).transform(String),
  enumeration_type: z.enum(['NPI-1', 'NPI-2']),
  basic: registryBasic,
  addresses: z.array(registryAddress).default([]),
  taxonomies: z.array(registryTaxonomy).default([]),
});
export type RegistryRecord = z.infer<typeof registryRecord>;

export const registryIssue = z.object({
  field: optionalText,
  number: z
    .union([z.string(), z.number()])
    .transform(String)
    .nullish()
    .transform((v) => v ?? ''),
  description: optionalText,
});

/** A registry answer: results, or an `Errors` list (sent with HTTP 200). */
export const registryResponse = z.union([
  z.object({ Errors: z.array(registryIssue).min(1) }),
  z.object({ result_count: z.number().int().min(0), results: z.array(registryRecord).default([]) }),
]);
export type RegistryResponse = z.infer<typeof registryResponse>;
