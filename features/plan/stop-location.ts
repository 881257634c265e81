import type { PlanStop, PracticeLocation, Weekday } from '../../storage/schemas';
import { locationOn } from '../directory/office-profile';
import type { PhysicianGlance } from '../directory/physician-glance';

/** Where a stop is: the location chosen for it, else the one the physician's office days name, else the first. */
export function stopLocation(
  glance: Pick<PhysicianGlance, 'physician' | 'practice'>,
  stop: Pick<PlanStop, 'locationId'>,
  weekday: Weekday,
): PracticeLocation | null {
  const { physician, practice } = glance;
  return (
    practice?.locations.find((l) => l.id === stop.locationId) ??
    locationOn(physician, practice, weekday) ??
    practice?.locations[0] ??
    null
  );
}
