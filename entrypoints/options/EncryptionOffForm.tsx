import { useId, useState } from 'preact/hooks';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { EncryptionState } from '../../messaging/messages/encryption';

/** Turning encryption off (the passphrase, then every row decrypted) and changing the passphrase (a re-wrap). */
export function EncryptionOffForm(props: { onState: (s: EncryptionState) => void }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState('');
  const run = async (action: () => Promise<EncryptionState>, done: string) => {
    try {
      props.onState(await action());
      setMessage(done);
      setPassphrase('');
      setNext('');
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <div class="field">
        <label for={`${id}-pass`}>{t('options.passphrase')}</label>
        <input
          id={`${id}-pass`}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-next`}>{t('options.newPassphrase')}</label>
        <input
          id={`${id}-next`}
          type="password"
          autoComplete="new-password"
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
        />
        <span class="hint">{t('options.onlyToChangeThePassphrase')}</span>
      </div>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            void run(
              () => send('encryption.changePassphrase', { current: passphrase, next }),
              t('options.passphraseChanged'),
            )
          }
        >
          {t('options.changePassphrase')}
        </button>
        <button
          type="button"
          onClick={() => void run(() => send('encryption.turnOff', { passphrase }), t('options.decryptingEveryRecord'))}
        >
          {t('options.turnOffEncryption')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
