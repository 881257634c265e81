import { useId, useState } from 'preact/hooks';
import { LockControls } from '../../components/encryption/LockControls';
import { useEncryptionState } from '../../components/encryption/use-encryption-state';
import { passphraseStrength } from '../../features/encryption/passphrase-strength';
import { exportJson } from '../../features/transfer';
import { protectExport } from '../../features/transfer/protected-file';
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
    if (passphrase.length < 8) return setMessage('Use a passphrase of at least 8 characters.');
    if (passphrase !== confirm) return setMessage('The two passphrases differ.');
    try {
      setState(await send('encryption.turnOn', { passphrase }));
      setPassphrase('');
      setConfirm('');
      setMessage('Encryption is on. Existing notes are being encrypted.');
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  const exportFirst = async () => {
    if (passphrase.length < 8 || passphrase !== confirm) return setMessage('Type the passphrase twice first.');
    setMessage('Exporting an encrypted copy…');
    const result = await exportJson(props.db);
    saveFile(await protectExport(result.blob, passphrase), result.fileName.replace(/\.json$/, '.protected.json'));
    setMessage('Saved an encrypted copy, protected with this passphrase. Keep it somewhere safe.');
  };

  const job = state.job;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Encryption</h2>
      {state.mode === 'off' ? (
        <form onSubmit={turnOn} noValidate>
          <label class="row">
            <input
              type="checkbox"
              checked={wanted}
              onChange={(e) => setWanted(e.currentTarget.checked)}
              style={{ width: 'auto' }}
            />
            Encrypt patient information
          </label>
          <p class="hint">
            Note text, patient references, outreach notes and the pages they were written on are encrypted on this
            computer with a key only your passphrase opens. Names, practices, counts and search stay usable while
            locked.
          </p>
          {wanted && (
            <>
              <p role="note" class="warning">
                If you forget this passphrase, the encrypted information cannot be recovered by anyone. Consider an
                encrypted export first (Data → Export JSON → protect with a passphrase).
              </p>
              <div class="field">
                <label for={`${id}-pass`}>Passphrase</label>
                <input
                  id={`${id}-pass`}
                  type="password"
                  autoComplete="new-password"
                  aria-describedby={`${id}-strength`}
                  value={passphrase}
                  onInput={(e) => setPassphrase(e.currentTarget.value)}
                />
                <span class="hint" id={`${id}-strength`}>
                  {passphrase ? strength.hint : 'Four or more unrelated words make a strong passphrase.'}
                </span>
              </div>
              <div class="field">
                <label for={`${id}-confirm`}>Confirm passphrase</label>
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
                  Export an encrypted copy first
                </button>
                <button type="submit">Turn on encryption</button>
              </div>
            </>
          )}
        </form>
      ) : (
        <>
          <p role="status">
            {job
              ? `${state.mode === 'decrypting' ? 'Decrypting' : 'Encrypting'}: ${job.done} of ${job.total} records${state.locked ? ' (paused: unlock to finish)' : ''}.`
              : `Encryption is on${state.locked ? ' and locked' : ''}.`}
          </p>
          {job && <progress max={job.total || 1} value={job.done} />}
          <LockControls />
          <div class="field">
            <label for={`${id}-lock-after`}>Lock after</label>
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
                  {m} minutes idle
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
