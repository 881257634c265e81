import { z } from 'zod';
import { defineMessage } from '../define';

/** One registry entry as the form uses it (features/registry/registry-result.ts RegistryResult). */
export const registryResultSchema = z.object({
  npi: z.string(),
  kind: z.enum(['individual', 'organization']),
  first: z.string(),
  middle: z.string(),
  last: z.string(),
  organizationName: z.string(),
  credentials: z.array(z.string()),
  specialty: z.string(),
  taxonomyCode: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  postalCode: z.string(),
  phone: z.string(),
  fax: z.string(),
});

export const registryLookupRequest = z.union([
  z.object({ npi: z.string().regex(/^\d{10}$/) }).strict(),
  z
    .object({
      first: z.string().max(100).default(''),
      last: z.string().min(1).max(100),
      state: z.string().max(2).default(''),
    })
    .strict(),
]);

const errorKinds = [
  'invalid-request',
  'no-results',
  'api-error',
  'rate-limited',
  'server-error',
  'http-error',
  'network',
  'timeout',
  'malformed',
  'permission',
] as const;
export type RegistryLookupErrorKind = (typeof errorKinds)[number];

export const registryLookupResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), results: z.array(registryResultSchema) }),
  z.object({ ok: z.literal(false), kind: z.enum(errorKinds), detail: z.string() }),
]);
export type RegistryLookupResponse = z.infer<typeof registryLookupResponse>;

/** The host permission a registry base URL needs: "https://npiregistry.cms.hhs.gov/*". */
export function registryOriginPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

export const registryMessages = {
  'registry.lookup': defineMessage({
    doc: 'User-initiated NPI Registry look-up (by NPI, or by name and state) at the configured base URL, fetched by the background.',
    senders: ['capture', 'sidebar', 'options'],
    request: registryLookupRequest,
    response: registryLookupResponse,
  }),
};
