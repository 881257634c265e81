import { assertUnlocked } from '../../storage/crypto/cipher-state';
import type { RoundsDatabase } from '../../storage/database';
import { type Progress, yieldToPage } from '../transfer/chunks';
import { localDay } from '../transfer/format';
import { zipTextFiles } from '../transfer/zip-parts';
import { type ExportedType, exportedTypes, fhirResources } from './fhir-resources';
import type { PatientInfoChoice } from './patient-info';

export type FhirExportFormat = 'bundle' | 'ndjson';

export interface FhirExportOptions extends Partial<PatientInfoChoice> {
  /** A Bundle of type collection (default), or a zip of one NDJSON file per resource type (bulk data). */
  format?: FhirExportFormat;
  onProgress?: Progress;
  now?: Date;
}

export interface FhirExportResult {
  blob: Blob;
  fileName: string;
  counts: Record<ExportedType, number>;
  /** Stored rows that no longer pass their schema: left out of the file, named here. */
  problems: string[];
}

const exportTables = ['practices', 'physicians', 'referrals', 'followUps', 'outreach'] as const;

/** Writes the directory and referral log as FHIR R4, chunk by chunk, without blocking the page. */
export async function exportFhir(db: RoundsDatabase, options: FhirExportOptions = {}): Promise<FhirExportResult> {
  assertUnlocked();
  const now = options.now ?? new Date();
  const format = options.format ?? 'bundle';
  let total = 0;
  for (const t of exportTables) total += await db.table(t).count();
  let done = 0;
  const problems: string[] = [];
  const counts = Object.fromEntries(exportedTypes.map((t) => [t, 0])) as Record<ExportedType, number>;
  const parts = new Map<ExportedType, string[]>(exportedTypes.map((t) => [t, []]));
  const resources = fhirResources(db, {
    style: format,
    includePatientInfo: options.includePatientInfo ?? false,
    problems,
    onRows: (n) => {
      done += n;
      options.onProgress?.(done, total, 'write FHIR');
    },
  });
  for await (const { type, resources: batch } of resources) {
    if (!batch.length) continue;
    counts[type] += batch.length;
    // One string per chunk: the file is a Blob of parts, never one huge string.
    const text =
      format === 'bundle'
        ? batch.map((r) => `{"fullUrl":"urn:uuid:${r.id}","resource":${JSON.stringify(r)}}`).join(',')
        : `${batch.map((r) => JSON.stringify(r)).join('\n')}\n`;
    parts.get(type)?.push(text);
    await yieldToPage();
  }
  options.onProgress?.(total, total, 'done');
  const day = localDay(now);
  if (format === 'ndjson') {
    return { blob: await ndjsonZip(parts), fileName: `rounds-fhir-ndjson-${day}.zip`, counts, problems };
  }
  const header = { resourceType: 'Bundle', id: crypto.randomUUID(), type: 'collection', timestamp: now.toISOString() };
  const entries = exportedTypes.flatMap((t) => parts.get(t) ?? []);
  const body = [`${JSON.stringify(header).slice(0, -1)},"entry":[`, ...entries.map((e, i) => (i ? `,${e}` : e)), ']}'];
  return {
    blob: new Blob(body, { type: 'application/fhir+json' }),
    fileName: `rounds-fhir-${day}.json`,
    counts,
    problems,
  };
}

/** `Practitioner.ndjson`, `Organization.ndjson`, …: the layout FHIR bulk-data tools read. Empty types are left out. */
function ndjsonZip(parts: Map<ExportedType, string[]>): Promise<Blob> {
  return zipTextFiles(
    (async function* () {
      for (const type of exportedTypes) {
        const texts = parts.get(type) ?? [];
        if (texts.length) yield { name: `${type}.ndjson`, parts: texts };
      }
    })(),
  );
}
