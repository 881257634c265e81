import type { Resource } from '@medplum/fhirtypes';
import type { RoundsDatabase } from '../../storage/database';
import type { FollowUp, Outreach, Physician, Practice, Program, Referral } from '../../storage/schemas';
import { readInChunks } from '../transfer/chunks';
import { rowSchemas, storedShapeChecks, type TransferTableName } from '../transfer/tables';
import type { ReferenceStyle } from './fhir-ids';
import type { PatientInfoChoice } from './patient-info';
import { communicationOf } from './to-communication';
import { locationsOf, organizationOf } from './to-organization';
import { practitionerOf } from './to-practitioner';
import { practitionerRoleOf } from './to-practitioner-role';
import { serviceRequestOf } from './to-service-request';
import { taskOf } from './to-task';

/** The resource types an export writes, in file order: places, people, then the referral log. */
export const exportedTypes = [
  'Organization',
  'Location',
  'Practitioner',
  'PractitionerRole',
  'ServiceRequest',
  'Task',
  'Communication',
] as const;
export type ExportedType = (typeof exportedTypes)[number];

export interface ResourceOptions extends PatientInfoChoice {
  style: ReferenceStyle;
  /** Rows read so far (for progress) and stored rows that no longer pass their schema. */
  onRows?: (n: number) => void;
  problems: string[];
}

/** Stored rows in their current shape (older rows gain defaults); a row that fails is named in `problems`. */
async function* current<R>(db: RoundsDatabase, table: TransferTableName, o: ResourceOptions): AsyncGenerator<R[]> {
  let index = 0;
  for await (const chunk of readInChunks(db.table(table))) {
    const rows: R[] = [];
    for (const row of chunk) {
      if (storedShapeChecks[table](row)) rows.push(row as R);
      else {
        const parsed = rowSchemas[table].safeParse(row);
        if (parsed.success) rows.push(parsed.data as R);
        else if (o.problems.length < 100) o.problems.push(`${table}[${index}]: ${parsed.error.issues[0]?.message}`);
      }
      index++;
    }
    o.onRows?.(chunk.length);
    yield rows;
  }
}

/**
 * Every resource of the export, a chunk at a time per type. Soft-deleted physicians and practices go out
 * inactive (live referrals may point at them); soft-deleted referrals, follow-ups and outreach stay out.
 */
export async function* fhirResources(
  db: RoundsDatabase,
  o: ResourceOptions,
): AsyncGenerator<{ type: ExportedType; resources: Resource[] }> {
  const practices = new Map<string, Practice>();
  for await (const rows of current<Practice>(db, 'practices', o)) {
    for (const p of rows) practices.set(p.id, p);
    yield { type: 'Organization', resources: rows.map(organizationOf) };
    yield { type: 'Location', resources: rows.flatMap((p) => locationsOf(p, o.style)) };
  }
  for await (const rows of current<Physician>(db, 'physicians', o)) {
    yield { type: 'Practitioner', resources: rows.map(practitionerOf) };
    const role = (p: Physician) =>
      practitionerRoleOf(p, p.practiceId ? practices.get(p.practiceId) : undefined, o.style);
    yield { type: 'PractitionerRole', resources: rows.map(role) };
  }
  const live = <R extends { deletedAt: string | null }>(rows: R[]) => rows.filter((r) => r.deletedAt === null);
  for await (const rows of current<Referral>(db, 'referrals', o))
    yield { type: 'ServiceRequest', resources: live(rows).map((r) => serviceRequestOf(r, o.style, o)) };
  for await (const rows of current<FollowUp>(db, 'followUps', o))
    yield { type: 'Task', resources: live(rows).map((f) => taskOf(f, o.style, o)) };
  const programNames = new Map<string, string>();
  for await (const rows of current<Program>(db, 'programs', o)) for (const p of rows) programNames.set(p.id, p.name);
  for await (const rows of current<Outreach>(db, 'outreach', o))
    yield { type: 'Communication', resources: live(rows).map((r) => communicationOf(r, o.style, o, programNames)) };
}
