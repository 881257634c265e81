import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../components/Field';
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
      return setError('Type an https address, for example https://npiregistry.cms.hhs.gov/api/');
    }
    await saveSettings(props.db, { registryBaseUrl: typed });
    setError('');
    setStatus(`NPI Registry address saved: ${typed}`);
  };

  return (
    <section aria-labelledby="registry-settings">
      <h2 id="registry-settings">NPI Registry</h2>
      <p class="muted">
        Look-ups happen only when you press “Look up in NPI Registry”; Rounds asks for this site first.
      </p>
      <form onSubmit={save} class="row" noValidate>
        <Field label="NPI Registry address" value={address} onInput={setAddress} error={error} />
        <button type="submit">Save registry address</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
