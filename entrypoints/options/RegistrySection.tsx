import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../components/Field';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { settings } from '../../storage/schemas';
import { loadSettings, saveSettings } from '../../storage/search';

/** `NPI Registry address`: where look-ups go (the public registry by default; tests use a local replay server). */
export function RegistrySection(props: { db: RoundsDatabase }) {
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    loadSettings(props.db).then((s) => setAddress(s.registryBaseUrl));
  }, [props.db]);

  const save = async (event: Event) => {
    event.preventDefault();
    const typed = address.trim();
    const parsed = settings.shape.registryBaseUrl.safeParse(typed);
    if (!parsed.success) {
      setStatus('');
      return setError(t('options.typeAnHttpsAddressFor'));
    }
    await saveSettings(props.db, { registryBaseUrl: typed });
    setError('');
    setStatus(t('options.npiRegistryAddressSavedTyped', { typed }));
  };

  return (
    <section aria-labelledby="registry-settings">
      <h2 id="registry-settings">{t('options.npiRegistry')}</h2>
      <p class="muted">{t('options.lookUpsHappenOnlyWhen')}</p>
      <form onSubmit={save} class="row" noValidate>
        <Field label={t('options.npiRegistryAddress')} value={address} onInput={setAddress} error={error} />
        <button type="submit">{t('options.saveRegistryAddress')}</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
