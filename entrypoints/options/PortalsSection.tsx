import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Field } from '../../components/Field';
import { originPermission, parsePageKeyParams, parsePortalAddress } from '../../features/portals/portal-address';
import { send } from '../../messaging/client';
import type { PortalView } from '../../messaging/messages/portals';

function PortalRow(props: { portal: PortalView; onChanged: (message: string) => void }) {
  const { portal } = props;
  const id = useId();
  const [params, setParams] = useState(portal.pageKeyParams.join(', '));
  const saveParams = async () => {
    await send('portals.update', { id: portal.id, pageKeyParams: parsePageKeyParams(params) });
    props.onChanged(`Saved page-key parameters for ${portal.origin}.`);
  };
  const remove = async () => {
    await send('portals.remove', { id: portal.id });
    props.onChanged(`Removed ${portal.origin}${portal.pathPrefix}.`);
  };
  return (
    <li class="card">
      <p id={id}>
        <strong>
          {portal.origin}
          {portal.pathPrefix === '/' ? '' : portal.pathPrefix}
        </strong>
        {portal.label ? ` · ${portal.label}` : ''}
        {portal.managed ? ' · set by your organisation' : ''}
        {portal.granted ? '' : ' · permission withdrawn in the browser: add the portal again to re-enable it'}
      </p>
      <Field
        label="Page-key parameters"
        hint="Query parameters that identify a record (e.g. patientId, referralId); others are ignored."
        value={params}
        onInput={setParams}
      />
      <button type="button" onClick={saveParams}>
        Save parameters
      </button>{' '}
      {!portal.managed && (
        <button type="button" aria-describedby={id} onClick={remove}>
          Remove
        </button>
      )}
    </li>
  );
}

/** Enable portals one origin at a time: the browser asks for that origin only, then Rounds registers there. */
export function PortalsSection() {
  const [portals, setPortals] = useState<PortalView[]>([]);
  const [address, setAddress] = useState('');
  const [params, setParams] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const refresh = async () => setPortals((await send('portals.list', {})).portals);
  useEffect(() => {
    void refresh();
  }, []);

  const add = (event: Event) => {
    event.preventDefault();
    setMessage('');
    const parsed = parsePortalAddress(address);
    if (!parsed.ok) return setError(parsed.message);
    setError('');
    const { origin, pathPrefix } = parsed.address;
    // Called straight from the submit handler: the permission prompt needs the user's gesture.
    browser.permissions
      .request({ origins: [originPermission(origin)] })
      .then(async (granted) => {
        if (!granted) return setError(`Rounds was not allowed on ${origin}; nothing was changed.`);
        await send('portals.add', { address: `${origin}${pathPrefix}`, pageKeyParams: parsePageKeyParams(params) });
        setAddress('');
        setParams('');
        setMessage(`Rounds is enabled on ${origin}${pathPrefix === '/' ? '' : pathPrefix}. Reload its open pages.`);
        await refresh();
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <section aria-labelledby="portals-heading">
      <h2 id="portals-heading">Portals</h2>
      <p class="muted">Rounds shows its sidebar only on the portals you add here, and asks the browser for each one.</p>
      <form onSubmit={add}>
        <Field
          label="Portal address"
          hint="e.g. https://portal.example.org or https://portal.example.org/referrals/ to narrow it to a path"
          value={address}
          onInput={setAddress}
        />
        <Field label="Page-key parameters (optional)" value={params} onInput={setParams} />
        <button type="submit">Add portal</button>
      </form>
      {error && <p role="alert">{error}</p>}
      <p role="status">{message}</p>
      <ul class="plain" aria-label="Enabled portals">
        {portals.map((p) => (
          <PortalRow
            key={`${p.id}:${p.pageKeyParams.join(',')}`}
            portal={p}
            onChanged={(m) => {
              setMessage(m);
              void refresh();
            }}
          />
        ))}
      </ul>
    </section>
  );
}
