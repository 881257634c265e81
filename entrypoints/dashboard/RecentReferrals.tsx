import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import { referralStatusLabels } from '../../features/directory/labels';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Referral } from '../../storage/schemas';

interface Row {
  referral: Referral;
  who: string;
}

async function loadRecent(db: RoundsDatabase): Promise<Row[]> {
  const recent = (await db.referrals.orderBy('updatedAt').reverse().limit(20).toArray()).filter((r) => !r.deletedAt);
  const physicians = await db.physicians.bulkGet(recent.map((r) => r.physicianId));
  return recent.slice(0, 8).map((referral, i) => {
    const p = physicians[i];
    return { referral, who: p ? displayName(p) : t('dashboard.unknownPhysician') };
  });
}

/** The referrals touched last, each with a button to open its card. */
export function RecentReferrals(props: { db: RoundsDatabase; onOpen: (id: string) => void }) {
  const rows = useLiveQuery(() => loadRecent(props.db), [props.db], []);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="recent-referrals" class="no-print">
      <h2 id="recent-referrals">{t('dashboard.recentReferrals')}</h2>
      <ul class="plain recent">
        {rows.map(({ referral, who }) => (
          <li key={referral.id}>
            <button
              type="button"
              onClick={() => props.onOpen(referral.id)}
              aria-label={t('dashboard.openReferralFromWho', { who: who })}
            >
              {who}
            </button>{' '}
            <span class="muted">
              {referral.serviceLine || t('dashboard.noServiceLine')} · {referralStatusLabels[referral.status]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
