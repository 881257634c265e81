import './referrals.css';
import { useState } from 'preact/hooks';
import { displayName } from '../../features/directory/display-name';
import { referralStatusLabels } from '../../features/directory/labels';
import { isLoopClosingStatus, loopClosingMessage, userLocaleZone } from '../../features/referrals/close-the-loop';
import { formatDay } from '../../features/referrals/format';
import { safePatientLabel } from '../../features/referrals/patient-reference-guard';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { FollowUp, Referral } from '../../storage/schemas';
import { useLiveQuery } from '../use-live-query';
import { LoopMessage } from './LoopMessage';
import { MoveReferral } from './MoveReferral';
import { StatusPipeline } from './StatusPipeline';

interface CardState {
  referral: Referral | null;
  physician: string;
  followUp: FollowUp | null;
}

async function loadCard(db: RoundsDatabase, id: string): Promise<CardState> {
  const referral = (await db.referrals.get(id)) ?? null;
  if (!referral) return { referral, physician: '', followUp: null };
  const physician = await db.physicians.get(referral.physicianId);
  const followUps = await db.followUps.where('referralId').equals(id).toArray();
  const live = followUps.filter((f) => !f.deletedAt).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    referral,
    physician: physician ? displayName(physician) : t('referrals.unknownPhysician'),
    followUp: live.at(-1) ?? null,
  };
}

/** One referral: the status pipeline with its dated history and stage times, `Move to…`, and the loop-closing message. */
export function ReferralCard(props: { db: RoundsDatabase; referralId: string }) {
  const state = useLiveQuery(() => loadCard(props.db, props.referralId), [props.db, props.referralId], null);
  const [moved, setMoved] = useState('');
  if (!state) return <p class="muted">{t('referrals.loadingReferral')}</p>;
  const { referral, physician, followUp } = state;
  if (!referral) return <p class="muted">{t('referrals.thisReferralNoLongerExists')}</p>;
  const label = safePatientLabel(referral.sensitive.patientRef) ?? t('referrals.patient');
  const title = t('referrals.referralFrom', { physician });
  const lastLoop = [...referral.history].reverse().find((h) => isLoopClosingStatus(h.status));
  const message =
    isLoopClosingStatus(referral.status) && lastLoop
      ? loopClosingMessage(referral, referral.status, lastLoop.at, userLocaleZone())
      : '';
  return (
    <article class="card referral-card" aria-label={title}>
      <h3>{title}</h3>
      <p>
        <strong>{referralStatusLabels[referral.status]}</strong> ·{' '}
        {referral.serviceLine || t('referrals.noServiceLine')} ·{' '}
        {t('referrals.patientReceived', { patient: label, day: formatDay(referral.receivedAt) })}
      </p>
      <StatusPipeline referral={referral} />
      {referral.sensitive.notes && <p class="notes">{referral.sensitive.notes}</p>}
      <MoveReferral
        db={props.db}
        referral={referral}
        onMoved={(r) =>
          setMoved(
            t(r.followUp ? 'referrals.movedToFollowUp' : 'referrals.movedTo', {
              status: referralStatusLabels[r.referral.status],
            }),
          )
        }
      />
      <p role="status">{moved}</p>
      {message && <LoopMessage message={message} followUp={followUp?.status === 'open' ? followUp : null} />}
    </article>
  );
}
