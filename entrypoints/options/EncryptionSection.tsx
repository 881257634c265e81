import { useId, useState } from 'preact/hooks';
import { LockControls } from '../../components/encryption/LockControls';
import { useEncryptionState } from '../../components/encryption/use-encryption-state';
import { passphraseStrength } from '../../features/encryption/passphrase-strength';
import { exportJson } from '../../features/transfer';
import { protectExport } from '../../features/transfer/protected-file';
import { t, tn } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { RoundsDatabase } from '../../storage/database';
import { saveSettings } from '../../storage/settings-store';
import { saveFile } from './data/save-file';
import { EncryptionOffForm } from './EncryptionOffForm';

const lockChoices = [5, 15, 30, 60, 240, 480];

/** Options → Encryption: turn on (passphrase, confirm, strength, warning), progress, lock, idle lock, turn off. */
export function EncryptionSection(props: { db: RoundsDatabase }) {
  const id = useId();
  const [state, setState, refresh] = useEncryptionState();
  const [wanted, setWanted] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState('');
  const strength = passphraseStrength(passphrase);
  if (!state) return null;

  const turnOn = async (event: Event) => {
    event.preventDefault();
    if (passphrase.length < 8) return setMessage(t('options.useAPassphraseOfAt'));
    if (passphrase !== confirm) return setMessage(t('options.theTwoPassphrasesDiffer'));
    try {
      setState(await send('encryption.turnOn', { passphrase }));
      setPassphrase('');
      setConfirm('');
      setMessage(t('options.encryptionIsOnExistingNotes'));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  const exportFirst = async () => {
    if (passphrase.length < 8 || passphrase !== confirm) return setMessage(t('options.typeThePassphraseTwiceFirst'));
    setMessage(t('options.exportingAnEncryptedCopy'));
    const result = await exportJson(props.db);
    saveFile(await protectExport(result.blob, passphrase), result.fileName.replace(/\.json$/, '.protected.json'));
    setMessage(t('options.savedAnEncryptedCopyProtected'));
  };

  const job = state.job;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options.encryption')}</h2>
      {state.mode === 'off' ? (
        <form onSubmit={turnOn} noValidate>
          <label class="row">
            <input
              type="checkbox"
              checked={wanted}
              onChange={(e) => setWanted(e.currentTarget.checked)}
              style={{ width: 'auto' }}
            />
            {t('options.encryptPatientInformation')}
          </label>
          <p class="hint">{t('options.noteTextPatientReferencesOutreach')}</p>
          {wanted && (
            <>
              <p role="note" class="warning">
                {t('options.ifYouForgetThisPassphrase')}
              </p>
              <div class="field">
                <label for={`${id}-pass`}>{t('options.passphrase')}</label>
                <input
                  id={`${id}-pass`}
                  type="password"
                  autoComplete="new-password"
                  aria-describedby={`${id}-strength`}
                  value={passphrase}
                  onInput={(e) => setPassphrase(e.currentTarget.value)}
                />
                <span class="hint" id={`${id}-strength`}>
                  {passphrase ? strength.hint : t('options.fourOrMoreUnrelatedWords')}
                </span>
              </div>
              <div class="field">
                <label for={`${id}-confirm`}>{t('options.confirmPassphrase')}</label>
                <input
                  id={`${id}-confirm`}
                  type="password"
                  autoComplete="new-password"
                  value={confirm}
                  onInput={(e) => setConfirm(e.currentTarget.value)}
                />
              </div>
              <div class="row">
                <button type="button" onClick={() => void exportFirst().catch((e) => setMessage(String(e)))}>
                  {t('options.exportAnEncryptedCopyFirst')}
                </button>
                <button type="submit">{t('options.turnOnEncryption')}</button>
              </div>
            </>
          )}
        </form>
      ) : (
        <>
          <p role="status">
            {job
              ? tn(
                  state.mode === 'decrypting'
                    ? state.locked
                      ? 'options.decryptingPaused'
                      : 'options.decrypting'
                    : state.locked
                      ? 'options.encryptingPaused'
                      : 'options.encrypting',
                  job.total,
                  { done: job.done },
                )
              : t(state.locked ? 'options.encryptionOnLocked' : 'options.encryptionOn')}
          </p>
          {job && <progress max={job.total || 1} value={job.done} />}
          <LockControls />
          <div class="field">
            <label for={`${id}-lock-after`}>{t('options.lockAfter')}</label>
            <select
              id={`${id}-lock-after`}
              value={String(state.lockAfterMinutes)}
              onChange={(e) => {
                const minutes = Number(e.currentTarget.value);
                void saveSettings(props.db, { lockAfterMinutes: minutes }).then(refresh);
              }}
            >
              {[...new Set([...lockChoices, state.lockAfterMinutes])].map((m) => (
                <option key={m} value={String(m)}>
                  {t('options.mMinutesIdle', { m: m })}
                </option>
              ))}
            </select>
          </div>
          {!state.locked && state.mode === 'on' && <EncryptionOffForm onState={setState} />}
        </>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
