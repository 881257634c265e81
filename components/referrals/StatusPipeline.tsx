import { referralStatusLabels } from '../../features/directory/labels';
import { formatDateTime, formatDuration } from '../../features/referrals/format';
import { pipelinePosition, referralPipeline } from '../../features/referrals/status-pipeline';
import { stageStays, timeInStages } from '../../features/referrals/time-in-stages';
import { t } from '../../locales/i18n';
import type { Referral } from '../../storage/schemas';

/** The pipeline with the current stage marked, then the dated history with the time spent in each stay. */
export function StatusPipeline(props: { referral: Referral; now?: Date }) {
  const { referral } = props;
  const position = pipelinePosition(referral.status);
  const totals = timeInStages(referral, props.now);
  const stays = stageStays(referral.history);
  const nowMs = (props.now ?? new Date()).getTime();
  return (
    <>
      <ol class="pipeline" aria-label={t('referrals.statusPipeline')}>
        {referralPipeline.map((stage, i) => {
          const state = stage === referral.status ? 'current' : i < position ? 'done' : 'todo';
          const spent = totals[stage];
          return (
            <li key={stage} class={`stage stage-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span>{referralStatusLabels[stage]}</span>
              {spent !== undefined && <span class="muted"> · {formatDuration(spent)}</span>}
            </li>
          );
        })}
        {referral.status === 'cancelled' && (
          <li class="stage stage-current stage-cancelled" aria-current="step">
            {referralStatusLabels.cancelled}
          </li>
        )}
      </ol>
      <table class="history">
        <caption>{t('referrals.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.status')}</th>
            <th scope="col">{t('referrals.date')}</th>
            <th scope="col">{t('referrals.timeInStage')}</th>
            <th scope="col">{t('referrals.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {stays.map((stay, i) => {
            const entry = referral.history.find((h) => Date.parse(h.at) === stay.fromMs && h.status === stay.status);
            const ended = stay.status === 'closed' || stay.status === 'cancelled';
            return (
              <tr key={`${stay.status}-${stay.fromMs}-${i}`}>
                <th scope="row">{referralStatusLabels[stay.status]}</th>
                <td>{formatDateTime(new Date(stay.fromMs).toISOString())}</td>
                <td>
                  {ended ? '—' : formatDuration((stay.toMs ?? nowMs) - stay.fromMs)}
                  {!ended && stay.toMs === null ? t('referrals.soFar') : ''}
                </td>
                <td>{entry?.reason ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
