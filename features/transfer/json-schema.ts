import { z } from 'zod';
import { exportEnvelope } from './format';
import { rowSchemas, transferTableNames } from './tables';

const definitionNames = {
  physicians: 'Physician',
  practices: 'Practice',
  notes: 'Note',
  referrals: 'Referral',
  outreach: 'Outreach',
  followUps: 'FollowUp',
  portals: 'Portal',
  settings: 'Settings',
  dayPlans: 'DayPlan',
  programs: 'Program',
  events: 'Event',
} as const;

/** The export file's JSON Schema, generated from the zod schemas (what import accepts: defaults may be omitted). */
export function exportJsonSchema(): Record<string, unknown> {
  // A private registry names each record type in $defs without touching zod's global registry.
  const registry = z.registry<{ id: string }>();
  for (const t of transferTableNames) registry.add(rowSchemas[t], { id: definitionNames[t] });
  const { $schema, ...rest } = z.toJSONSchema(exportEnvelope, {
    io: 'input',
    metadata: registry,
    unrepresentable: 'any',
  });
  return { $schema, ...exportEnvelope.meta(), ...rest };
}

/** The committed docs/export.schema.json text for the current schemas. */
export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
