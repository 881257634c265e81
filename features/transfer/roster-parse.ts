import Papa from 'papaparse';
import { t } from '../../locales/i18n';
import { maxImportBytes } from './import-decode';
import { ImportError } from './import-error';

/** A roster file split into its header row and data rows (cells as text). */
export interface RosterTable {
  fileName: string;
  headers: string[];
  rows: string[][];
}

/** Spreadsheets save CSV as UTF-8, UTF-16 ("Unicode text") or Windows-1252: accept all three. */
function decodeRoster(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a roster CSV (delimiter detected by papaparse; blank lines skipped). */
export async function parseRoster(input: string | Blob | ArrayBuffer, fileName = ''): Promise<RosterTable> {
  const size = typeof input === 'string' ? input.length : input instanceof Blob ? input.size : input.byteLength;
  if (size > maxImportBytes) {
    throw new ImportError('too-large', t('transfer.largerThan', { megabytes: maxImportBytes / 1_000_000 }));
  }
  const text =
    typeof input === 'string'
      ? input
      : decodeRoster(new Uint8Array(input instanceof Blob ? await input.arrayBuffer() : input));
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers, ...rows] = parsed.data;
  if (!headers || headers.length < 2) {
    throw new ImportError('not-json', t('transfer.thisFileDoesNotLook'));
  }
  return { fileName, headers: headers.map((h) => h.trim()), rows };
}
