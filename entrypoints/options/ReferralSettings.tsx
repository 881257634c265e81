import { useEffect, useId, useState } from 'preact/hooks';
import { clearOldPatientReferences } from '../../features/referrals/patient-ref-retention';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { loadSettings, saveSettings } from '../../storage/settings-store';

const defaultRetentionDays = 90;

/** Referral settings: days until the "update the referring office" follow-up, and patient-reference retention. */
export function ReferralSettings(props: { db: RoundsDatabase }) {
  const id = useId();
  const [followUpDays, setFollowUpDays] = useState('');
  const [retain, setRetain] = useState(false);
  const [retentionDays, setRetentionDays] = useState(String(defaultRetentionDays));
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadSettings(props.db).then((s) => {
      setFollowUpDays(String(s.referralFollowUpDays));
      setRetain(s.patientRefRetentionDays !== null);
      setRetentionDays(String(s.patientRefRetentionDays ?? defaultRetentionDays));
    });
  }, [props.db]);

  const save = async (event: Event) => {
    event.preventDefault();
    const followUp = Number(followUpDays);
    const days = Number(retentionDays);
    if (!Number.isInteger(followUp) || followUp < 0 || followUp > 365)
      return setStatus(t('options.followUpDaysMustBe'));
    if (retain && (!Number.isInteger(days) || days < 0 || days > 36_500))
      return setStatus(t('options.retentionDaysMustBeA'));
    await saveSettings(props.db, { referralFollowUpDays: followUp, patientRefRetentionDays: retain ? days : null });
    const cleared = retain ? await clearOldPatientReferences(props.db, days) : null;
    setStatus(
      cleared
        ? t('options.referralSettingsSavedPatientReferences', { referrals: cleared.referrals })
        : t('options.referralSettingsSaved'),
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options.referrals')}</h2>
      <form onSubmit={save} noValidate>
        <div class="field">
          <label for={`${id}-follow-up`}>{t('options.followUpDaysAfterScheduled')}</label>
          <input
            id={`${id}-follow-up`}
            type="number"
            min={0}
            max={365}
            value={followUpDays}
            onInput={(e) => setFollowUpDays(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label>
            <input type="checkbox" checked={retain} onChange={(e) => setRetain(e.currentTarget.checked)} />{' '}
            {t('options.clearPatientReferencesFromClosed')}
          </label>
          <span class="hint">{t('options.offByDefaultClearsThe')}</span>
        </div>
        {retain && (
          <div class="field">
            <label for={`${id}-retention`}>{t('options.daysAfterClosing')}</label>
            <input
              id={`${id}-retention`}
              type="number"
              min={0}
              value={retentionDays}
              onInput={(e) => setRetentionDays(e.currentTarget.value)}
            />
          </div>
        )}
        <button type="submit">{t('options.saveReferralSettings')}</button>
        {status && <p role="status">{status}</p>}
      </form>
    </section>
  );
}
