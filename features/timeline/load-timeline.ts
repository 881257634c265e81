import type { RoundsDatabase } from '../../storage/database';
import { buildTimeline, type TimelineItem } from './timeline-items';

/** A physician's timeline through the per-physician indexes (notes and outreach multi-entry, referrals, follow-ups). */
export async function loadPhysicianTimeline(db: RoundsDatabase, physicianId: string): Promise<TimelineItem[]> {
  const [notes, outreach, referrals, followUps] = await Promise.all([
    db.notes.where('physicianIds').equals(physicianId).toArray(),
    db.outreach.where('physicianIds').equals(physicianId).toArray(),
    db.referrals.where('physicianId').equals(physicianId).toArray(),
    db.followUps.where('physicianId').equals(physicianId).toArray(),
  ]);
  return buildTimeline({ notes, outreach, referrals, followUps });
}
