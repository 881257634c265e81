/** Ids and references: Rounds ids are UUIDs, so a Bundle names every resource `urn:uuid:<id>`. */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => uuidPattern.test(s);

/** Which resource a derived id stands for, beside the record it comes from. */
export const derivedKinds = { role: 0x001, location: 0x100 } as const;

/**
 * A resource that has no record of its own (a PractitionerRole, a practice's Location) gets the record's id with
 * version 8 (RFC 9562, custom) and a kind number in the next 12 bits: stable from export to export, and apart
 * from every record id (those are version 4).
 */
export function derivedId(recordId: string, kind: number): string {
  const [a, b, , d, e] = recordId.split('-');
  return `${a}-${b}-8${kind.toString(16).padStart(3, '0')}-${d}-${e}`;
}

/**
 * A stable UUID for a foreign id (an NPPES id such as "1679576722"), so importing the same file twice finds the
 * same records. Four 32-bit FNV-1a lanes with different seeds: not cryptographic, only stable and well spread.
 */
export function stableUuid(namespace: string, text: string): string {
  const input = `${namespace}\u0000${text}`;
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul((lanes[l] as number) ^ c, 0x01000193 + l * 2) >>> 0;
  }
  const hex = lanes.map((n) => n.toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** How references are written: `urn:uuid:<id>` inside a Bundle, `Type/<id>` in NDJSON (bulk data). */
export type ReferenceStyle = 'bundle' | 'ndjson';

export function referenceTo(style: ReferenceStyle, type: string, id: string): string {
  return style === 'bundle' ? `urn:uuid:${id}` : `${type}/${id}`;
}

/** The id a reference points at, whichever way it is written (urn:uuid, `Type/id`, or an absolute URL). */
export function referencedId(reference: string | undefined, type: string): string | null {
  if (!reference) return null;
  if (reference.startsWith('urn:uuid:')) return reference.slice(9);
  const match = new RegExp(`(?:^|/)${type}/([A-Za-z0-9.-]{1,64})(?:/_history/.*)?$`).exec(reference);
  return match ? (match[1] as string) : null;
}
