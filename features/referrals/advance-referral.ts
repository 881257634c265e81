import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Clock } from '../../storage/repositories/repository';
import type { FollowUp, LostReason, Referral, ReferralStatus } from '../../storage/schemas';
import { loadSettings } from '../../storage/settings-store';
import { ValidationError } from '../../storage/validation';
import {
  isLoopClosingStatus,
  type LocaleZone,
  localDayPlus,
  loopClosingMessage,
  userLocaleZone,
} from './close-the-loop';
import { checkTransition } from './status-pipeline';

export interface AdvanceOptions extends Partial<LocaleZone> {
  /** Days until the "update the referring office" follow-up is due; defaults to settings.referralFollowUpDays. */
  followUpDays?: number;
  clock?: Clock;
  /** Who it was lost to and why, when moving to `lost` (schema version 4). */
  lost?: { lostTo: string; lostReason: LostReason | null };
}

export interface AdvanceResult {
  referral: Referral;
  /** The follow-up created to close the loop, or null (not a loop-closing status, or an identical one is open). */
  followUp: FollowUp | null;
}

/**
 * Moves a referral to `to` at `at`, appending to its dated history (see checkTransition for the rules).
 * Reaching scheduled or seen also creates a follow-up to update the referring office, in the same transaction.
 */
export async function advanceReferral(
  db: RoundsDatabase,
  id: string,
  to: ReferralStatus,
  at: string | Date,
  reason = '',
  options: AdvanceOptions = {},
): Promise<AdvanceResult> {
  const atMs = new Date(at).getTime();
  if (!Number.isFinite(atMs)) throw new ValidationError(['at: not a date and time'], 'at');
  const atIso = new Date(atMs).toISOString();
  const where = { ...userLocaleZone(), ...definedOnly(options) };
  const followUpDays = options.followUpDays ?? (await loadSettings(db)).referralFollowUpDays;
  const repos = repositories(db, options.clock);

  return db.transaction('rw', db.referrals, db.followUps, async () => {
    const current = await repos.referrals.get(id);
    if (!current) throw new Error(`referral ${id} does not exist`);
    const check = checkTransition(current.status, to, reason);
    if (!check.ok) throw new ValidationError([`status: ${check.problem}`], 'status');
    const lastMs = Math.max(...current.history.map((h) => Date.parse(h.at)));
    // History is a timeline: a change dated before the last one would make stage times negative.
    if (atMs < lastMs) throw new ValidationError(['at: earlier than the referral’s last status change'], 'at');

    let followUp: FollowUp | null = null;
    let followUpDate = current.followUpDate;
    if (isLoopClosingStatus(to)) {
      const text = loopClosingMessage(current, to, atIso, where);
      const dueDate = localDayPlus(atIso, followUpDays, where.timeZone);
      const alreadyOpen = await db.followUps
        .where('referralId')
        .equals(id)
        .filter((f) => f.status === 'open' && !f.deletedAt && f.sensitive.text === text)
        .first();
      if (!alreadyOpen) {
        followUp = await repos.followUps.create({
          dueDate,
          kind: 'referral-loop',
          physicianId: current.physicianId,
          referralId: id,
          sensitive: { text },
        });
      }
      followUpDate = dueDate;
    }
    const referral = await repos.referrals.update(id, {
      ...(to === 'lost' && options.lost
        ? { lostTo: options.lost.lostTo.trim(), lostReason: options.lost.lostReason }
        : {}),
      status: to,
      history: [...current.history, { status: to, at: atIso, reason: reason.trim() }],
      followUpDate,
    });
    return { referral, followUp };
  });
}

function definedOnly(options: AdvanceOptions): Partial<LocaleZone> {
  const out: Partial<LocaleZone> = {};
  if (options.locale) out.locale = options.locale;
  if (options.timeZone) out.timeZone = options.timeZone;
  return out;
}
