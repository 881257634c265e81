import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { LostReason, PageRef, Referral, ReferralStatus } from '../../storage/schemas';
import { type AdvanceResult, advanceReferral } from './advance-referral';

export interface NewReferral {
  physicianId: string;
  patientRef: string;
  serviceLine: string;
  receivedAt: string;
  status: ReferralStatus;
  /** Needed when the new referral starts cancelled. */
  reason: string;
  notes: string;
  page: PageRef | null;
  /** When the status is lost: the competitor and the reason (schema version 4). */
  lost?: { lostTo: string; lostReason: LostReason | null };
}

/**
 * Stores a referral as received on its day, then moves it to the chosen status now through advanceReferral,
 * so its history is dated and reaching scheduled/seen creates the close-the-loop follow-up.
 */
export async function saveNewReferral(db: RoundsDatabase, input: NewReferral): Promise<AdvanceResult> {
  const referral: Referral = await repositories(db).referrals.create({
    physicianId: input.physicianId,
    serviceLine: input.serviceLine.trim(),
    receivedAt: input.receivedAt,
    status: 'received',
    page: input.page,
    sensitive: { patientRef: input.patientRef.trim(), notes: input.notes },
  });
  if (input.status === 'received') return { referral, followUp: null };
  const at = new Date(Math.max(Date.now(), Date.parse(input.receivedAt)));
  return moveReferral(db, referral.id, input.status, at, input.reason, input.lost);
}

/** Moves a referral on (see advanceReferral); a follow-up it creates reaches the badge by the page's write events. */
export async function moveReferral(
  db: RoundsDatabase,
  id: string,
  to: ReferralStatus,
  at: Date = new Date(),
  reason = '',
  lost?: { lostTo: string; lostReason: LostReason | null },
): Promise<AdvanceResult> {
  return advanceReferral(db, id, to, at, reason, lost ? { lost } : {});
}
