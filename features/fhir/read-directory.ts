import { formatPath } from '../../storage/validation';
import { clearMessages } from '../transfer/import-validate';
import {
  type DirectoryType,
  directoryInputs,
  type LocationInput,
  type OrganizationInput,
  type PractitionerInput,
  type PractitionerRoleInput,
} from './fhir-input';
import { issueList } from './fhir-issues';
import type { PlacedResource } from './read-fhir-file';

type Placed<R> = { place: string; resource: R };

/** `entry[12].resource.identifier[0].value` in a Bundle; `Practitioner.ndjson line 4, identifier[0].value` in NDJSON. */
export function elementPlace(place: string, path: readonly PropertyKey[]): string {
  if (!path.length) return place;
  return place.includes('line ') ? `${place}, ${formatPath(path)}` : formatPath(path, place);
}

/** The directory resources of a file, parsed at the boundary, and everything else it holds, counted. */
export interface DirectoryResources {
  Practitioner: Placed<PractitionerInput>[];
  PractitionerRole: Placed<PractitionerRoleInput>[];
  Organization: Placed<OrganizationInput>[];
  Location: Placed<LocationInput>[];
  /** Resources of other types, by type (a Rounds export's ServiceRequests, a Patient…): not imported. */
  otherTypes: Record<string, number>;
  /** Per resource type, how many the file holds. */
  counts: Record<string, number>;
}

/** Parses each directory resource with its schema; any problem refuses the whole file, naming the element. */
export function readDirectory(resources: readonly PlacedResource[]): DirectoryResources {
  const out: DirectoryResources = {
    Practitioner: [],
    PractitionerRole: [],
    Organization: [],
    Location: [],
    otherTypes: {},
    counts: {},
  };
  const issues = issueList();
  for (const { place, value } of resources) {
    const type = (value as { resourceType?: unknown } | null)?.resourceType;
    if (typeof type !== 'string') {
      issues.add(`${place}: not a FHIR resource (it has no resourceType)`);
      continue;
    }
    out.counts[type] = (out.counts[type] ?? 0) + 1;
    if (!Object.hasOwn(directoryInputs, type)) {
      out.otherTypes[type] = (out.otherTypes[type] ?? 0) + 1;
      continue;
    }
    const parsed = directoryInputs[type as DirectoryType].safeParse(value, { error: clearMessages });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.add(`${elementPlace(place, issue.path)}: ${issue.message}`);
      continue;
    }
    (out[type as DirectoryType] as Placed<unknown>[]).push({ place, resource: parsed.data });
  }
  issues.throwIfAny();
  return out;
}
