import type { Practitioner } from '@medplum/fhirtypes';
import type { Physician } from '../../storage/schemas';
import { degreeCodes, degreeSystem, npiSystem, roundsUrl } from './fhir-systems';
import { complexExtension, tagCodings, valueExtension } from './rounds-extensions';

const nonEmpty = (...parts: string[]) => parts.filter(Boolean);

/** A physician as a FHIR Practitioner: NPI identifier, official name, credentials as qualifications. */
export function practitionerOf(p: Physician): Practitioner {
  const source = p.source;
  return {
    resourceType: 'Practitioner',
    id: p.id,
    meta: { lastUpdated: p.updatedAt, ...(p.tags.length ? { tag: tagCodings(p.tags) } : {}) },
    extension: [
      ...valueExtension(roundsUrl.createdAt, 'DateTime', p.createdAt),
      ...valueExtension(roundsUrl.deletedAt, 'DateTime', p.deletedAt),
      complexExtension(roundsUrl.source, {
        kind: source.kind,
        url: source.kind === 'capture' ? source.url : undefined,
        title: source.kind === 'capture' ? source.title : undefined,
        file: source.kind === 'import' ? source.file : undefined,
        at: source.kind === 'manual' ? undefined : source.at,
      }),
    ],
    ...(p.npi ? { identifier: [{ use: 'official' as const, system: npiSystem, value: p.npi }] } : {}),
    active: p.deletedAt === null,
    name: [
      {
        use: 'official',
        family: p.last,
        ...(p.first || p.middle ? { given: nonEmpty(p.first, p.middle) } : {}),
        ...(p.prefix ? { prefix: [p.prefix] } : {}),
        ...(p.suffix ? { suffix: [p.suffix] } : {}),
      },
    ],
    ...(p.credentials.length
      ? {
          qualification: p.credentials.map((credential) => ({
            code: {
              ...(degreeCodes.has(credential) ? { coding: [{ system: degreeSystem, code: credential }] } : {}),
              text: credential,
            },
          })),
        }
      : {}),
  };
}
