import type { Physician } from './rows';

type NameParts = Pick<Physician, 'prefix' | 'first' | 'middle' | 'last' | 'suffix' | 'credentials'>;

const join = (name: string, part: string, separator: string) => (!part ? name : name ? name + separator + part : part);

/** "Dr Ana Ruiz, MD" style display name (string concatenation: no arrays per physician). */
export function physicianName(p: NameParts): string {
  const name = join(join(join(join(p.prefix, p.first, ' '), p.middle, ' '), p.last, ' '), p.suffix, ' ');
  const credentials = p.credentials;
  if (credentials.length === 0) return name;
  let list = credentials[0] as string;
  for (let i = 1; i < credentials.length; i++) list = `${list}, ${credentials[i]}`;
  return `${name}, ${list}`;
}
