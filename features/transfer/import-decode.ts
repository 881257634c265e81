import { t } from '../../locales/i18n';
import { ImportError } from './import-error';

/** Largest file we read: below V8's longest string (2^29 − 24 UTF-16 units), with room for the parsed objects. */
export const maxImportBytes = 512_000_000;

export type ImportInput = string | Blob | ArrayBuffer | Uint8Array;

const megabytes = (n: number) => `${Math.round(n / 1_000_000)} MB`;

function tooLarge(size: number): ImportError {
  return new ImportError(
    'too-large',
    t('transfer.thisFileIsMegabytesRounds', { megabytes: megabytes(size), megabytes2: megabytes(maxImportBytes) }),
  );
}

/** Turns a chosen file into text: UTF-8 only (a BOM is allowed), refusing UTF-16 and Latin-1 with a clear message. */
export async function decodeImportText(input: ImportInput): Promise<string> {
  if (typeof input === 'string') {
    if (input.length > maxImportBytes) throw tooLarge(input.length);
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input instanceof Blob && input.size > maxImportBytes) throw tooLarge(input.size);
  const bytes =
    input instanceof Uint8Array ? input : new Uint8Array(input instanceof Blob ? await input.arrayBuffer() : input);
  if (bytes.length > maxImportBytes) throw tooLarge(bytes.length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || hasNulNearStart(bytes)) {
    throw new ImportError('encoding', t('transfer.thisFileIsUtf16'));
  }
  try {
    // fatal: invalid bytes (Latin-1, Windows-1252 accents) throw instead of turning into U+FFFD silently.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('encoding', t('transfer.thisFileIsNotUtf'));
  }
}

/** UTF-16 without a BOM: ASCII characters come out as a zero byte beside each letter. */
function hasNulNearStart(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 64); i++) if (bytes[i] === 0) return true;
  return false;
}
