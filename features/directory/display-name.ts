import type { Physician } from '../../storage/schemas';

/** The name fields a display needs; a Physician or a ParsedName both fit. */
export type NameFields = Pick<Physician, 'first' | 'middle' | 'last' | 'suffix' | 'credentials'>;

/** A middle name shown as initials: "Ann Marie" → "A. M.", "Q" → "Q.". */
function middleInitials(middle: string): string {
  if (middle === '') return '';
  if (!/\s/.test(middle)) return `${middle.charAt(0).toUpperCase()}.`;
  return middle
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.charAt(0).toUpperCase()}.`)
    .join(' ');
}

const joined = (name: string, part: string, separator: string) =>
  !part ? name : name ? name + separator + part : part;

/**
 * How a physician is named everywhere in Rounds, the dashboard's 50,000-row tables included: "Jane A. Smith Jr.,
 * MD, FACC" (titles left out: the credential says it). String concatenation, no arrays per call.
 */
export function displayName(person: NameFields): string {
  const name = joined(joined(person.first, middleInitials(person.middle), ' '), person.last, ' ');
  let shown = person.suffix ? `${name} ${person.suffix}` : name;
  for (const credential of person.credentials) shown = joined(shown, credential, ', ');
  return shown;
}
