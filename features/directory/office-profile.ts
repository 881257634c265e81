import type { Physician, Practice, PracticeLocation, Weekday } from '../../storage/schemas';
import { staffRoleLabels } from './labels';

/** The practice location a physician is at on a weekday: the one their office days name, else the only one. */
export function locationOn(
  physician: Pick<Physician, 'officeDays' | 'dayLocations'>,
  practice: Pick<Practice, 'locations'> | null,
  weekday: Weekday,
): PracticeLocation | null {
  if (!practice || !physician.officeDays.includes(weekday)) return null;
  const id = physician.dayLocations[weekday];
  return (
    practice.locations.find((l) => l.id === id) ??
    (practice.locations.length === 1 ? practice.locations[0] : null) ??
    null
  );
}

/** A location as one line for a person: "Main · 120 Shore Rd, Riverton, OH 44001". */
export function locationLine(location: PracticeLocation): string {
  const street = [location.address, location.city, [location.state, location.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [location.label, street].filter(Boolean).join(' · ');
}

/** The address a maps service can route to ("120 Shore Rd, Riverton, OH 44001"), or '' when there is none. */
export function routableAddress(location: PracticeLocation | null): string {
  if (!location?.address) return '';
  return [location.address, location.city, [location.state, location.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

/** The staff member a liaison asks for first: the referral coordinator, else the office manager, else the first. */
export function keyContact(physician: Pick<Physician, 'staff'>): string {
  const order = ['referral-coordinator', 'office-manager', 'front-desk', 'scheduler', 'nurse', 'other'];
  const best = [...physician.staff].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))[0];
  return best ? `${staffRoleLabels[best.role]}: ${best.name}` : '';
}
