import { useEffect, useRef, useState } from 'preact/hooks';
import { ReferralCard } from '../../components/referrals/ReferralCard';
import { referralStatusLabels } from '../../features/directory/labels';
import { formatDay } from '../../features/referrals/format';
import { safePatientLabel } from '../../features/referrals/patient-reference-guard';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Referral } from '../../storage/schemas';

export interface ReferralRow {
  referral: Referral;
  /** The referring physician's name, when the list mixes physicians. */
  physician?: string;
}

/** One line per referral; the chosen one (only one at a time) opens as a card to move it through its statuses. */
export function ReferralList(props: { db: RoundsDatabase; rows: readonly ReferralRow[]; openId?: string | null }) {
  const [open, setOpen] = useState<string | null>(props.openId ?? null);
  // Follows a newly given openId (a referral just saved), but never undoes a click made before the effect ran.
  const given = useRef(props.openId);
  useEffect(() => {
    if (given.current === props.openId) return;
    given.current = props.openId;
    setOpen(props.openId ?? null);
  }, [props.openId]);
  return (
    <ul class="plain referral-list">
      {props.rows.map(({ referral, physician }) => {
        const expanded = open === referral.id;
        const summary = [
          referralStatusLabels[referral.status],
          referral.serviceLine || t('sidebar.noServiceLine'),
          safePatientLabel(referral.sensitive.patientRef) ?? 'patient',
          t('sidebar.receivedDay', { day: formatDay(referral.receivedAt) }),
          ...(physician ? [physician] : []),
        ].join(' · ');
        return (
          <li key={referral.id}>
            <button
              type="button"
              class="link referral-summary"
              aria-expanded={expanded}
              onClick={() => setOpen(expanded ? null : referral.id)}
            >
              {summary}
            </button>
            {expanded && <ReferralCard db={props.db} referralId={referral.id} />}
          </li>
        );
      })}
    </ul>
  );
}
