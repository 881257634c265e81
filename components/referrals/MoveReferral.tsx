import { useId, useState } from 'preact/hooks';
import { referralStatusLabels } from '../../features/directory/labels';
import type { AdvanceResult } from '../../features/referrals/advance-referral';
import { moveReferral } from '../../features/referrals/referral-actions';
import { checkTransition, nextStatuses } from '../../features/referrals/status-pipeline';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Referral, ReferralStatus } from '../../storage/schemas';
import { ValidationError } from '../../storage/validation';
import { type LostDraft, LostFields, lostReasonText } from './LostFields';
import { ReasonField } from './ReasonField';

/** `Move to…`: the statuses the referral may move to; moves that need a reason (back, cancel, reopen) ask for one. */
export function MoveReferral(props: { db: RoundsDatabase; referral: Referral; onMoved: (r: AdvanceResult) => void }) {
  const id = useId();
  const options = nextStatuses(props.referral.status);
  const [to, setTo] = useState<ReferralStatus | ''>('');
  const [reason, setReason] = useState('');
  const [lost, setLost] = useState<LostDraft>({ lostTo: '', lostReason: '' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const needsReason = to !== '' && to !== 'lost' && !checkTransition(props.referral.status, to, '').ok;

  const move = async (event: Event) => {
    event.preventDefault();
    if (!to) return setError(t('referrals.chooseTheStatusToMove'));
    if (to === 'lost' && !lost.lostTo.trim()) return setError(t('referrals.sayWhichCompetitorTheReferral'));
    const why = to === 'lost' ? lostReasonText(lost) : reason;
    const check = checkTransition(props.referral.status, to, why);
    if (!check.ok) return setError(t('referrals.cannotMoveProblem', { problem: check.problem }));
    setBusy(true);
    try {
      const lostTo = to === 'lost' ? { lostTo: lost.lostTo, lostReason: lost.lostReason || null } : undefined;
      const result = await moveReferral(props.db, props.referral.id, to, new Date(), why, lostTo);
      setTo('');
      setReason('');
      setError('');
      props.onMoved(result);
    } catch (failure) {
      setError(failure instanceof ValidationError ? failure.issues.join('; ') : String(failure));
    } finally {
      setBusy(false);
    }
  };

  if (options.length === 0) return null;
  return (
    <form class="move" onSubmit={move} noValidate>
      <div class="field">
        <label for={id}>{t('referrals.moveTo')}</label>
        <select id={id} value={to} onChange={(e) => setTo(e.currentTarget.value as ReferralStatus | '')}>
          <option value="">{t('referrals.chooseAStatus')}</option>
          {options.map((s) => (
            <option key={s} value={s}>
              {referralStatusLabels[s]}
            </option>
          ))}
        </select>
      </div>
      {needsReason && (
        <ReasonField
          value={reason}
          onInput={setReason}
          hint={to === 'cancelled' ? t('referrals.whyItWasCancelledOr') : t('referrals.whyItMovesBackFor')}
        />
      )}
      {to === 'lost' && <LostFields db={props.db} value={lost} onChange={setLost} />}
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        {t('referrals.move')}
      </button>
    </form>
  );
}
