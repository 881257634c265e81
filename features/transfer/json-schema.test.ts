import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema, exportJsonSchemaText } from './json-schema';

describe('docs/export.schema.json', () => {
  it('is up to date with the zod schemas (run npx tsx dev/scripts/write-export-schema.ts)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../docs/export.schema.json', import.meta.url)), 'utf8');
    expect(committed).toBe(exportJsonSchemaText());
  });

  it('describes the envelope and every table', () => {
    const schema = exportJsonSchema() as {
      required: string[];
      properties: { format: { const: string }; data: { properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'exportedAt', 'counts', 'data']));
    expect(schema.properties.format.const).toBe('rounds-export');
    expect(Object.keys(schema.properties.data.properties)).toEqual([
      'physicians',
      'practices',
      'notes',
      'referrals',
      'outreach',
      'followUps',
      'portals',
      'settings',
      'dayPlans',
      'programs',
      'events',
    ]);
  });
});
