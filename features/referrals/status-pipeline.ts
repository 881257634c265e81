import { t } from '../../locales/i18n';
import type { ReferralStatus } from '../../storage/schemas';

/** The forward path of a referral; `cancelled` sits beside it and ends it early. */
export const referralPipeline = ['received', 'scheduled', 'seen', 'report-sent', 'closed'] as const;
export type PipelineStage = (typeof referralPipeline)[number];

/** Statuses after which nothing is waiting: they are not counted as time spent. */
export const terminalStatuses: readonly ReferralStatus[] = ['closed', 'cancelled', 'lost'];
/** Statuses that end a referral early (cancelled here, or lost to a competitor): reopening needs a reason. */
const endedEarly: readonly ReferralStatus[] = ['cancelled', 'lost'];

/** Suggested reasons for a cancelled or lost referral; the stored reason is free text, so any text is accepted. */
export const cancellationReasons = [
  t('referrals.patientDeclined'),
  t('referrals.wentToAnotherProviderLost'),
  t('referrals.insuranceNotAccepted'),
  t('referrals.couldNotReachPatient'),
  t('referrals.noShow'),
  t('referrals.duplicateReferral'),
  t('referrals.referredInError'),
] as const;

export type TransitionKind = 'forward' | 'back' | 'cancel' | 'reopen';
export type TransitionCheck = { ok: true; kind: TransitionKind } | { ok: false; problem: string };

const stageIndex = (status: ReferralStatus): number => referralPipeline.indexOf(status as PipelineStage);

/**
 * Whether a referral may move from one status to another.
 * Forward moves may skip stages (a liaison often hears late) and need no reason;
 * moving back, cancelling and reopening a cancelled referral need a reason, so the history explains itself.
 * A closed referral cannot be cancelled; it can be moved back with a reason if it was closed by mistake.
 */
export function checkTransition(from: ReferralStatus, to: ReferralStatus, reason = ''): TransitionCheck {
  const hasReason = reason.trim().length > 0;
  if (from === to) return { ok: false, problem: t('referrals.theReferralIsAlreadyTo', { to }) };
  if (endedEarly.includes(to)) {
    if (from === 'closed') return { ok: false, problem: t('referrals.aClosedReferralCannotBe', { to }) };
    if (endedEarly.includes(from)) return { ok: false, problem: t('referrals.reopenTheReferralBeforeMarking', { to }) };
    const problem = to === 'cancelled' ? 'cancelling needs a reason' : 'marking it lost needs a reason';
    return hasReason ? { ok: true, kind: 'cancel' } : { ok: false, problem };
  }
  if (endedEarly.includes(from)) {
    if (to === 'closed') return { ok: false, problem: 'reopen a cancelled referral to an open stage, not closed' };
    return hasReason ? { ok: true, kind: 'reopen' } : { ok: false, problem: 'reopening needs a reason' };
  }
  if (stageIndex(to) > stageIndex(from)) return { ok: true, kind: 'forward' };
  return hasReason ? { ok: true, kind: 'back' } : { ok: false, problem: t('referrals.movingBackToToNeeds', { to }) };
}

/** The statuses a referral in `from` may move to (reasons aside), in pipeline order. */
export function nextStatuses(from: ReferralStatus): ReferralStatus[] {
  const all: ReferralStatus[] = [...referralPipeline, 'cancelled', 'lost'];
  return all.filter((to) => checkTransition(from, to, 'x').ok);
}

/** Position on the forward path (0 = received … 4 = closed), or -1 for cancelled. */
export function pipelinePosition(status: ReferralStatus): number {
  return stageIndex(status);
}
