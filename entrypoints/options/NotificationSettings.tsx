import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../../components/use-live-query';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { loadSettings, saveSettings } from '../../storage/settings-store';

/** The optional morning notification of due follow-ups (off by default; asks for the permission when turned on). */
export function NotificationSettings(props: { db: RoundsDatabase }) {
  const settings = useLiveQuery(() => loadSettings(props.db), [props.db], null);
  const [message, setMessage] = useState('');
  if (!settings) return null;

  const toggle = async (on: boolean) => {
    // The permission prompt must come straight from the click.
    if (on && !(await browser.permissions.request({ permissions: ['notifications'] }))) {
      setMessage(t('options.notificationsWereNotAllowedSo'));
      return;
    }
    await saveSettings(props.db, { morningDigest: on });
    setMessage(on ? t('options.aSummaryOfDueFollow') : t('options.morningSummaryTurnedOff'));
  };

  return (
    <section aria-labelledby="notification-settings">
      <h2 id="notification-settings">{t('options.notifications')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.morningDigest}
          onChange={(e) => void toggle(e.currentTarget.checked)}
          style={{ width: 'auto' }}
        />
        {t('options.morningSummaryOfDueFollow')}
      </label>
      <p role="status">{message}</p>
    </section>
  );
}
