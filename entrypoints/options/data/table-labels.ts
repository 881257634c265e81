import type { TransferTableName } from '../../../features/transfer/tables';
import { t } from '../../../locales/i18n';

/** Each exported record type with the name people read in previews and results. */
export const tableLabels: readonly (readonly [TransferTableName, string])[] = [
  ['physicians', t('options.physicians')],
  ['practices', t('options.practices')],
  ['notes', t('options.notes')],
  ['referrals', t('options.referrals')],
  ['outreach', t('options.outreach')],
  ['followUps', t('options.followUps')],
  ['portals', t('options.portals')],
  ['settings', t('options.settings')],
];

/** "5 physicians, 2 notes" for the non-zero counts, or "nothing". */
export function countsText(counts: Record<TransferTableName, number>): string {
  const parts = tableLabels.filter(([t]) => counts[t] > 0).map(([t, label]) => `${counts[t]} ${label.toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'nothing';
}
