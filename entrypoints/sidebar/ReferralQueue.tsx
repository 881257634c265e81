import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../components/use-live-query';
import { referralStatusLabels } from '../../features/directory/labels';
import { proposedStatusMove } from '../../features/discovery/queue-status';
import { moveReferral, saveNewReferral } from '../../features/referrals/referral-actions';
import { t } from '../../locales/i18n';
import type { PageContext, QueueRow } from '../../messaging/page-context';
import type { RoundsDatabase } from '../../storage/database';
import type { Referral } from '../../storage/schemas';
import { QueueColumns } from './QueueColumns';

interface ReferralQueueProps {
  db: RoundsDatabase;
  context: PageContext;
}

/**
 * The page's referral-queue rows whose referring provider is in the directory: `Track this referral` for a row
 * with no Rounds referral yet (the row key, never a patient name; the row's service), and `Apply status` when the
 * row's status text has moved on from its referral's (which starts the close-the-loop follow-up).
 */
export function ReferralQueue(props: ReferralQueueProps) {
  const rows = (props.context.queueRows ?? []).filter((r) => r.physicianId);
  const keys = rows.map((r) => r.rowKey);
  const tracked = useLiveQuery<Map<string, Referral> | null>(
    async () => {
      const found = await props.db.referrals.where('pageKey').anyOf(keys).toArray();
      return new Map(found.filter((r) => !r.deletedAt).map((r) => [r.pageKey ?? '', r]));
    },
    [props.db, keys.join('\n')],
    null,
  );
  const [message, setMessage] = useState('');
  const tables = props.context.queueTables ?? [];
  if (tables.length === 0 || !tracked) return null;
  const { origin, path, title } = props.context;

  const track = async (row: QueueRow) => {
    await saveNewReferral(props.db, {
      physicianId: row.physicianId ?? '',
      patientRef: '',
      serviceLine: row.service.slice(0, 100),
      receivedAt: new Date().toISOString(),
      status: 'received',
      reason: '',
      notes: '',
      page: { origin, path, title, key: row.rowKey },
    });
    setMessage(t('sidebar.referralRowidTracked', { rowId: row.rowId }));
  };
  const apply = async (referral: Referral, row: QueueRow, to: Referral['status']) => {
    await moveReferral(props.db, referral.id, to);
    setMessage(
      t('sidebar.referralRowidMovedToReferralstatus', { rowId: row.rowId, referralStatus: referralStatusLabels[to] }),
    );
  };

  return (
    <section aria-labelledby="referral-queue">
      <h2 id="referral-queue">{t('sidebar.referralQueueOnThisPage')}</h2>
      {rows.length === 0 && <p class="muted">{t('sidebar.noRowOfThisQueue')}</p>}
      <ul class="plain queue-rows">
        {rows.map((row) => {
          const referral = tracked.get(row.rowKey);
          const move = referral ? proposedStatusMove(referral.status, row.status) : null;
          return (
            <li key={row.rowKey}>
              <span>
                {row.rowId} · {row.provider}
                {row.service && ` · ${row.service}`} · <span class="muted">{row.status}</span>
              </span>
              {!referral && (
                <button type="button" onClick={() => void track(row)}>
                  {t('sidebar.trackThisReferral')}
                </button>
              )}
              {referral && move && (
                <span>
                  {referralStatusLabels[referral.status]} → {referralStatusLabels[move]}{' '}
                  <button type="button" onClick={() => void apply(referral, row, move)}>
                    {t('sidebar.applyStatus')}
                  </button>
                </span>
              )}
              {referral && !move && (
                <span class="muted">{t('sidebar.tracked', { status: referralStatusLabels[referral.status] })}</span>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" class="muted">
        {message}
      </p>
      {tables[0] && <QueueColumns table={tables[0]} />}
    </section>
  );
}
