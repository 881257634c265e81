import { useId, useState } from 'preact/hooks';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import { useEncryptionState } from './use-encryption-state';

/**
 * `Lock` while unlocked; while locked, `Passphrase` and `Unlock` (sidebar, popup, options). Nothing when
 * encryption is off. Names, practices, counts, search and detection keep working while locked; only sealed
 * fields (note bodies, patient references, outreach notes) read as `Locked`.
 */
export function LockControls() {
  const id = useId();
  const [state, setState] = useEncryptionState();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!state || state.mode === 'off') return null;

  const unlock = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      setState(await send('encryption.unlock', { passphrase }));
      setPassphrase('');
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (!state.locked) {
    return (
      <div class="row lock-controls">
        <button type="button" onClick={() => void send('encryption.lock', {}).then(setState)}>
          {t('encryption.lock')}
        </button>
      </div>
    );
  }
  return (
    <form class="lock-controls" onSubmit={unlock} noValidate>
      <p class="muted">{t('encryption.patientInformationIsLocked')}</p>
      <div class="field">
        <label for={`${id}-passphrase`}>{t('encryption.passphrase')}</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        {t('encryption.unlock')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
