import { useState } from 'preact/hooks';
import { formatDay } from '../../features/referrals/format';
import { t } from '../../locales/i18n';
import type { FollowUp } from '../../storage/schemas';

/** The message for the referring office, a `Copy message` button, and when the follow-up to send it is due. */
export function LoopMessage(props: { message: string; followUp: FollowUp | null }) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.message);
      setCopied(t('referrals.copied'));
    } catch {
      setCopied(t('referrals.couldNotCopySelectThe'));
    }
  };
  return (
    <section class="loop" aria-label={t('referrals.updateTheReferringOffice')}>
      <h4>{t('referrals.updateTheReferringOffice')}</h4>
      <blockquote class="loop-message">{props.message}</blockquote>
      <div class="row">
        <button type="button" onClick={() => void copy()}>
          {t('referrals.copyMessage')}
        </button>
        <span class="muted" aria-live="polite">
          {copied}
        </span>
      </div>
      {props.followUp && (
        <p>
          {t(props.followUp.status === 'done' ? 'referrals.followUpDueDone' : 'referrals.followUpDue', {
            day: formatDay(props.followUp.dueDate),
          })}
        </p>
      )}
    </section>
  );
}
