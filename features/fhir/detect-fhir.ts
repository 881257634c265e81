import type { ImportInput } from '../transfer/import-decode';

/** Enough of a file's start to tell a FHIR file from a Rounds export. */
const headBytes = 64 * 1024;

/**
 * Whether a chosen file is FHIR (a Bundle, a resource, NDJSON, or a zip of NDJSON) rather than a Rounds export:
 * decided by content, not by name. A Rounds export names its format first, so its head is enough.
 */
export async function isFhirFile(input: ImportInput): Promise<boolean> {
  const bytes = (): Promise<Uint8Array> | Uint8Array =>
    input instanceof Blob
      ? input
          .slice(0, headBytes)
          .arrayBuffer()
          .then((b) => new Uint8Array(b))
      : (input instanceof Uint8Array ? input : new Uint8Array(input as ArrayBuffer)).subarray(0, headBytes);
  const head = typeof input === 'string' ? input.slice(0, headBytes) : new TextDecoder().decode(await bytes());
  if (head.startsWith('PK\u0003\u0004')) return true;
  if (/"format"\s*:\s*"rounds-export"/.test(head)) return false;
  return /"resourceType"\s*:\s*"[A-Za-z]+"/.test(head);
}
