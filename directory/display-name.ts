import type { Physician } from '../storage/schemas';

type NameParts = Pick<Physician, 'first' | 'middle' | 'last' | 'suffix' | 'credentials'>;

/** "Jane A. Smith, MD, FACC": how Rounds shows a physician everywhere. */
export function displayName(p: NameParts): string {
  const middle = p.middle ? (p.middle.length === 1 ? `${p.middle}.` : p.middle) : '';
  const name = [p.first, middle, p.last].filter(Boolean).join(' ');
  const withSuffix = p.suffix ? `${name} ${p.suffix}` : name;
  return p.credentials.length ? `${withSuffix}, ${p.credentials.join(', ')}` : withSuffix;
}
