import { unzipSync } from 'fflate';
import { t } from '../../locales/i18n';
import { decodeImportText, type ImportInput, maxImportBytes } from '../transfer/import-decode';
import { ImportError } from '../transfer/import-error';
import { findForbiddenKey, parseImportJson } from '../transfer/import-json';

/** One resource of the file and where it is, for messages: `entry[12].resource`, `Practitioner.ndjson line 4`. */
export interface PlacedResource {
  place: string;
  value: unknown;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function bytesOf(input: ImportInput): Promise<Uint8Array | null> {
  if (typeof input === 'string') return null;
  if (input instanceof Blob) return input.size > maxImportBytes ? null : new Uint8Array(await input.arrayBuffer());
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** The resources of a FHIR file: a Bundle, one resource, NDJSON, or a zip of NDJSON files (bulk-data export). */
export async function readFhirFile(input: ImportInput): Promise<{ resources: PlacedResource[]; timestamp: string }> {
  const bytes = await bytesOf(input);
  if (bytes && isZip(bytes)) {
    const resources: PlacedResource[] = [];
    for (const [name, content] of Object.entries(unzipSync(bytes))) {
      if (!/\.ndjson$/i.test(name)) continue;
      resources.push(...ndjsonResources(await decodeImportText(content), `${name} `));
    }
    if (!resources.length) throw new ImportError('empty', t('fhir.zipEmpty'));
    return { resources, timestamp: '' };
  }
  const text = (await decodeImportText(bytes ?? input)).trim();
  if (!text) throw new ImportError('empty', t('transfer.thisFileIsEmpty'));
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  // NDJSON: the first line is a whole resource on its own.
  if (text.includes('\n') && isJsonObject(firstLine)) return { resources: ndjsonResources(text, ''), timestamp: '' };
  const value = parseImportJson(text) as Record<string, unknown>;
  if (value?.resourceType !== 'Bundle') return { resources: [{ place: t('fhir.theResource'), value }], timestamp: '' };
  const entry = value.entry ?? [];
  if (!Array.isArray(entry)) throw new ImportError('invalid-records', t('fhir.entryNotList'));
  return {
    resources: entry.map((e, i) => ({ place: `entry[${i}].resource`, value: (e as { resource?: unknown })?.resource })),
    timestamp: typeof value.timestamp === 'string' ? value.timestamp : '',
  };
}

function isJsonObject(line: string): boolean {
  try {
    const v = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** One resource per non-empty line; a line that is not JSON, or holds a prototype key, is named by number. */
function ndjsonResources(text: string, prefix: string): PlacedResource[] {
  const out: PlacedResource[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const place = `${prefix}${t('transfer.lineLine', { line: String(i + 1) })}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ImportError('not-json', t('fhir.lineNotJson', { place }));
    }
    const forbidden = findForbiddenKey(value);
    if (forbidden) {
      throw new ImportError(
        'forbidden-key',
        t('fhir.forbiddenKey', { place, key: forbidden.key, path: forbidden.path }),
      );
    }
    out.push({ place, value });
  });
  return out;
}
