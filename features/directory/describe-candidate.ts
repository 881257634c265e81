import type { Physician } from '../../storage/schemas';
import { displayName } from './display-name';

/** One line that tells two same-named physicians apart: "Jane A. Smith, MD — Cardiology, Lakeside Heart". */
export function describeCandidate(
  physician: Pick<Physician, 'first' | 'middle' | 'last' | 'suffix' | 'credentials' | 'specialty' | 'practiceName'>,
): string {
  const details = [physician.specialty, physician.practiceName].filter(Boolean).join(', ');
  return details ? `${displayName(physician)} — ${details}` : displayName(physician);
}
