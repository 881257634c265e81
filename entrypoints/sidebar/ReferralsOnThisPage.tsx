import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { ReferralList, type ReferralRow } from './ReferralList';

/** Referrals attached to this page (same page key), newest received first, with their referring physicians. */
export async function loadPageReferrals(db: RoundsDatabase, pageKey: string): Promise<ReferralRow[]> {
  if (!pageKey) return [];
  // Rows of a referral queue on this page are tracked under the page key + the row's id ("…#row:R-2001").
  const referrals = (
    await db.referrals.where('pageKey').equals(pageKey).or('pageKey').startsWith(`${pageKey}#row:`).toArray()
  )
    .filter((r) => !r.deletedAt)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const physicians = await db.physicians.bulkGet([...new Set(referrals.map((r) => r.physicianId))]);
  const names = new Map(physicians.flatMap((p) => (p ? [[p.id, displayName(p)] as const] : [])));
  return referrals.map((referral) => ({
    referral,
    physician: names.get(referral.physicianId) ?? t('sidebar.unknownPhysician'),
  }));
}

/** The `Referrals on this page` section of the home view, live: opening the portal page shows its referrals. */
export function ReferralsOnThisPage(props: { db: RoundsDatabase; pageKey: string }) {
  const rows = useLiveQuery<ReferralRow[] | null>(
    () => loadPageReferrals(props.db, props.pageKey),
    [props.db, props.pageKey],
    null,
  );
  return (
    <section aria-labelledby="referrals-on-this-page">
      <h2 id="referrals-on-this-page">{t('sidebar.referralsOnThisPage')}</h2>
      {rows === null ? (
        <p class="muted">{t('sidebar.loading')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('sidebar.noReferralsOnThisPage')}</p>
      ) : (
        <ReferralList db={props.db} rows={rows} />
      )}
    </section>
  );
}
