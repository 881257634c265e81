import type { TransferTableName } from '../../../features/transfer/tables';

/** Each exported record type with the name people read in previews and results. */
export const tableLabels: readonly (readonly [TransferTableName, string])[] = [
  ['physicians', 'Physicians'],
  ['practices', 'Practices'],
  ['notes', 'Notes'],
  ['referrals', 'Referrals'],
  ['outreach', 'Outreach'],
  ['followUps', 'Follow-ups'],
  ['portals', 'Portals'],
  ['settings', 'Settings'],
];

/** "5 physicians, 2 notes" for the non-zero counts, or "nothing". */
export function countsText(counts: Record<TransferTableName, number>): string {
  const parts = tableLabels.filter(([t]) => counts[t] > 0).map(([t, label]) => `${counts[t]} ${label.toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'nothing';
}
