import type { RoundsDatabase } from '../../storage/database';
import { foldName } from '../../storage/name-keys';
import type { Physician, Practice } from '../../storage/schemas';
import { withDerivedFields } from '../transfer/derived-fields';
import { clearMessages } from '../transfer/import-validate';
import { rowSchemas } from '../transfer/tables';
import { referencedId } from './fhir-ids';
import type { PractitionerRoleInput } from './fhir-input';
import { issueList } from './fhir-issues';
import { practicesOf } from './from-organization';
import { type PhysicianCandidate, physicianFieldPlaces, physicianOf } from './from-practitioner';
import type { DirectoryResources } from './read-directory';
import { elementPlace } from './read-directory';

type NotImported = { place: string; reason: string };

/** Directory rows in their stored shape, ready to compare; `now` marks rows whose file gave no time. */
export interface DirectoryRows {
  physicians: Physician[];
  practices: Practice[];
  notImported: NotImported[];
  now: string;
}

/**
 * Turns parsed resources into physician and practice rows, each checked with its Rounds schema; a row that
 * fails refuses the file, naming the resource and the element (`entry[3].resource.identifier: npi: …`).
 */
export async function directoryRows(
  db: RoundsDatabase,
  resources: DirectoryResources,
  context: { now: string; fileName: string },
): Promise<DirectoryRows> {
  const { practices, notImported } = practicesOf(resources.Organization, resources.Location, context.now);
  for (const [type, n] of Object.entries(resources.otherTypes))
    notImported.push({
      place: `${n} ${type}`,
      reason: 'Rounds imports Practitioner, PractitionerRole, Organization and Location',
    });
  const byFhirId = new Map(
    practices.flatMap((p) =>
      p.fhirId ? [[p.fhirId, { id: String(p.row.id), name: String(p.row.name) }] as const] : [],
    ),
  );
  const roles = new Map<string, PractitionerRoleInput>();
  const practitionerIds = new Set(resources.Practitioner.flatMap((p) => p.resource.id ?? []));
  for (const { place, resource } of resources.PractitionerRole) {
    const who = referencedId(resource.practitioner?.reference, 'Practitioner');
    if (!who || !practitionerIds.has(who))
      notImported.push({ place, reason: 'a PractitionerRole whose Practitioner is not in the file' });
    else if (roles.has(who))
      notImported.push({
        place,
        reason: 'a further role of one Practitioner: Rounds keeps one practice per physician',
      });
    else roles.set(who, resource);
  }
  const candidates: PhysicianCandidate[] = [];
  for (const { place, resource } of resources.Practitioner) {
    const role = roles.get(resource.id ?? '');
    const org = referencedId(role?.organization?.reference, 'Organization');
    const made = physicianOf(place, resource, role, org ? byFhirId.get(org) : undefined, context);
    if ('notImported' in made) notImported.push({ place, reason: made.notImported });
    else candidates.push(made);
  }
  const addressPractices = await linkAddressPractices(db, candidates);

  const issues = issueList();
  const parse = <T extends 'physicians' | 'practices'>(table: T, place: string, row: Record<string, unknown>) => {
    const parsed = rowSchemas[table].safeParse(withDerivedFields(table, row), { error: clearMessages });
    if (parsed.success) return [parsed.data];
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const element = table === 'physicians' ? (physicianFieldPlaces[field] ?? 'extension') : 'name';
      issues.add(`${elementPlace(place, [element])}: ${field || 'record'}: ${issue.message}`);
    }
    return [];
  };
  const physicianRows = candidates.flatMap((c) => parse('physicians', c.place, c.row)) as Physician[];
  const practiceRows = [
    ...practices.flatMap((p) => parse('practices', p.place, p.row)),
    ...addressPractices.flatMap((p) => parse('practices', `the address of ${p.place}`, p.row)),
  ] as Practice[];
  issues.throwIfAny();
  return { physicians: physicianRows, practices: practiceRows, notImported, now: context.now };
}

/**
 * Practices named after a Practitioner's address: one per address in the file; a practice Rounds already has
 * with that name is linked to instead, and left as it is (as a roster import does).
 */
async function linkAddressPractices(db: RoundsDatabase, candidates: PhysicianCandidate[]) {
  const wanted = new Map<string, { place: string; row: Record<string, unknown> }>();
  for (const c of candidates) {
    const a = c.addressPractice;
    if (a && !wanted.has(a.id)) wanted.set(a.id, { place: c.place, row: a.row });
  }
  const keys = [...new Set([...wanted.values()].map((w) => foldName(String(w.row.name))))];
  const stored = new Map<string, string>();
  for (const p of await db.practices.where('nameKey').anyOf(keys).toArray())
    if (!p.deletedAt && !stored.has(p.nameKey)) stored.set(p.nameKey, p.id);
  for (const c of candidates) {
    const existing = c.addressPractice && stored.get(foldName(c.addressPractice.name));
    if (existing && existing !== c.addressPractice?.id) c.row.practiceId = existing;
  }
  return [...wanted.values()].filter((w) => {
    const existing = stored.get(foldName(String(w.row.name)));
    return existing === undefined || existing === w.row.id;
  });
}
