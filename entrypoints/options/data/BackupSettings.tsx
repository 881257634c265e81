import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import type { Settings } from '../../../storage/schemas';
import { loadSettings, saveSettings } from '../../../storage/settings-store';

/** The weekly automatic backup: on or off, and how many backup files to keep in Downloads. */
export function BackupSettings(props: { db: RoundsDatabase }) {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void loadSettings(props.db).then(setSettings);
  }, [props.db]);
  const save = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(props.db, patch));
    setMessage(t('options.backupSettingsSaved'));
  };
  if (!settings) return null;
  return (
    <div class="data-panel">
      <h3>{t('options.automaticBackup')}</h3>
      <label>
        <input
          type="checkbox"
          checked={settings.autoBackupWeekly}
          onChange={(e) => void save({ autoBackupWeekly: e.currentTarget.checked })}
        />{' '}
        {t('options.saveAWeeklyBackupTo')}
      </label>
      <div class="field">
        <label for={id}>{t('options.backupsToKeep')}</label>
        <input
          id={id}
          type="number"
          min={1}
          max={52}
          value={settings.autoBackupKeep}
          disabled={!settings.autoBackupWeekly}
          onChange={(e) => {
            const keep = Math.round(Number(e.currentTarget.value));
            if (keep >= 1 && keep <= 52) void save({ autoBackupKeep: keep });
          }}
        />
        <span class="hint">{t('options.olderRoundsBackupsAreDeleted')}</span>
      </div>
      <p role="status">{message}</p>
    </div>
  );
}
