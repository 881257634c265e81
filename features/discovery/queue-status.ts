import type { ReferralStatus } from '../../storage/schemas';
import { checkTransition } from '../referrals/status-pipeline';

/** Status words of referral queues and schedules, and the Rounds stage each means (only forward moves). */
const statusWords: Array<[RegExp, ReferralStatus]> = [
  [/report\s*sent|results?\s*sent|letter\s*sent/i, 'report-sent'],
  [/\bseen\b|completed|checked\s*out|visit\s*done/i, 'seen'],
  [/scheduled|booked|appointment\s*made|confirmed/i, 'scheduled'],
  [/\bclosed\b/i, 'closed'],
];

/** The Rounds status a queue row's status text means, or null (pending, authorized, anything unknown). */
export function statusOfRowText(text: string): ReferralStatus | null {
  for (const [pattern, status] of statusWords) if (pattern.test(text)) return status;
  return null;
}

/** The status move a row proposes for its tracked referral: a forward move only, never back or a cancel. */
export function proposedStatusMove(current: ReferralStatus, rowText: string): ReferralStatus | null {
  const to = statusOfRowText(rowText);
  if (!to) return null;
  const check = checkTransition(current, to);
  return check.ok && check.kind === 'forward' ? to : null;
}
