import { useLiveQuery } from '../../components/use-live-query';
import { terminalStatuses } from '../../features/referrals/status-pipeline';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Referral } from '../../storage/schemas';
import { ReferralList } from './ReferralList';

/** A physician's referrals, open ones first, then newest received first. */
export async function loadPhysicianReferrals(db: RoundsDatabase, physicianId: string): Promise<Referral[]> {
  const rows = await db.referrals.where('physicianId').equals(physicianId).toArray();
  const closed = (r: Referral) => (terminalStatuses.includes(r.status) ? 1 : 0);
  return rows
    .filter((r) => !r.deletedAt)
    .sort((a, b) => closed(a) - closed(b) || b.receivedAt.localeCompare(a.receivedAt));
}

/** The `Referrals` section of a physician's view, live; `openId` opens that referral's card (e.g. just saved). */
export function PhysicianReferrals(props: { db: RoundsDatabase; physicianId: string; openId: string | null }) {
  const rows = useLiveQuery<Referral[] | null>(
    () => loadPhysicianReferrals(props.db, props.physicianId),
    [props.db, props.physicianId],
    null,
  );
  return (
    <section aria-labelledby="physician-referrals">
      <h3 id="physician-referrals">{t('sidebar.referrals')}</h3>
      {rows === null ? (
        <p class="muted">{t('sidebar.loading')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('sidebar.noReferralsFromThisPhysician')}</p>
      ) : (
        <ReferralList db={props.db} rows={rows.map((referral) => ({ referral }))} openId={props.openId} />
      )}
    </section>
  );
}
