import { z } from 'zod';
import { managedPolicy } from './managed-policy';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Keys Chrome's policy schema understands (components/policy Schema: a JSON-Schema draft-03 subset). Anything else
 * zod writes (`$schema`, `default`, `anyOf`, …) is dropped; `anyOf`/`oneOf` would make the schema invalid, so the
 * policy schema must not produce them (the test fails when it does).
 */
const chromeKeys = new Set([
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'required',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
]);

function adjust(node: Json, topLevel: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => adjust(n, false));
  if (node === null || typeof node !== 'object') return node;
  if ('anyOf' in node || 'oneOf' in node || 'allOf' in node)
    throw new Error('Chrome policy schemas have no anyOf/oneOf/allOf: keep the managed policy to plain types');
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (!chromeKeys.has(key)) continue;
    // The top level's properties are the policy names; Chrome forbids additionalProperties (and required) there.
    if (topLevel && (key === 'additionalProperties' || key === 'required')) continue;
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, adjust(v, false)]));
    } else out[key] = key === 'items' || key === 'additionalProperties' ? adjust(value, false) : value;
  }
  return out;
}

/** The `storage.managed_schema` file (public/managed-schema.json), generated from the zod policy by the build. */
export function chromeManagedSchema(): Json {
  return adjust(z.toJSONSchema(managedPolicy, { io: 'input' }) as Json, true);
}

/** The file's text exactly as written to public/ (the drift test compares it byte for byte). */
export const managedSchemaText = () => `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`;
