import type { Physician } from '../../storage/schemas';

/** The name fields a display needs; a Physician or a ParsedName both fit. */
export type NameFields = Pick<Physician, 'first' | 'middle' | 'last' | 'suffix' | 'credentials'>;

/** A middle name shown as initials: "Ann Marie" → "A. M.", "Q" → "Q.". */
function middleInitials(middle: string): string {
  return middle
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.charAt(0).toUpperCase()}.`)
    .join(' ');
}

/** How a physician is named everywhere in Rounds: "Jane A. Smith Jr., MD, FACC" (titles left out: the credential says it). */
export function displayName(person: NameFields): string {
  const name = [person.first, middleInitials(person.middle), person.last].filter(Boolean).join(' ');
  const withSuffix = person.suffix ? `${name} ${person.suffix}` : name;
  return [withSuffix, ...person.credentials].filter(Boolean).join(', ');
}
