import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedPolicy } from './managed-policy';
import { chromeManagedSchema, managedSchemaText } from './managed-schema';

describe('managed policy schema (public/managed-schema.json)', () => {
  it('is what the zod policy generates (run a build, or write managedSchemaText(), when the policy changes)', () => {
    expect(readFileSync('public/managed-schema.json', 'utf8')).toBe(managedSchemaText());
  });

  it('keeps to what Chrome accepts: a top-level object, no additionalProperties there, no $schema or anyOf', () => {
    const schema = chromeManagedSchema() as Record<string, unknown>;
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const text = JSON.stringify(schema);
    for (const key of ['$schema', 'anyOf', 'oneOf', 'allOf', '"default"', '$defs']) expect(text).not.toContain(key);
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(managedPolicy.shape));
  });

  it('describes the documented example policy, which the zod policy accepts', () => {
    const example = { portals: [{ address: 'https://portal.example-hospital.org/ehr/', label: 'EHR' }] };
    expect(managedPolicy.parse(example).portals[0]?.pageKeyParams).toEqual([]);
    const items = (chromeManagedSchema() as { properties: { portals: { items: { required: string[] } } } }).properties
      .portals.items;
    expect(items.required).toEqual(['address']);
  });
});
