import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Field } from '../../components/Field';
import { originPermission, parsePageKeyParams, parsePortalAddress } from '../../features/portals/portal-address';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { PortalView } from '../../messaging/messages/portals';

function PortalRow(props: { portal: PortalView; onChanged: (message: string) => void }) {
  const { portal } = props;
  const id = useId();
  const [params, setParams] = useState(portal.pageKeyParams.join(', '));
  const saveParams = async () => {
    await send('portals.update', { id: portal.id, pageKeyParams: parsePageKeyParams(params) });
    props.onChanged(t('options.savedPageKeyParametersFor', { origin: portal.origin }));
  };
  const remove = async () => {
    await send('portals.remove', { id: portal.id });
    props.onChanged(t('options.removedOriginPathprefix', { origin: portal.origin, pathPrefix: portal.pathPrefix }));
  };
  return (
    <li class="card">
      <p id={id}>
        <strong>
          {portal.origin}
          {portal.pathPrefix === '/' ? '' : portal.pathPrefix}
        </strong>
        {portal.label ? ` · ${portal.label}` : ''}
        {portal.managed ? t('options.setByYourOrganisation') : ''}
        {portal.granted ? '' : t('options.permissionWithdrawnInTheBrowser')}
      </p>
      <Field
        label={t('options.pageKeyParameters')}
        hint={t('options.queryParametersThatIdentifyA')}
        value={params}
        onInput={setParams}
      />
      <button type="button" onClick={saveParams}>
        {t('options.saveParameters')}
      </button>{' '}
      {!portal.managed && (
        <button type="button" aria-describedby={id} onClick={remove}>
          {t('options.remove')}
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
        if (!granted) return setError(t('options.roundsWasNotAllowedOn', { origin }));
        await send('portals.add', { address: `${origin}${pathPrefix}`, pageKeyParams: parsePageKeyParams(params) });
        setAddress('');
        setParams('');
        setMessage(t('options.enabledOn', { site: origin + (pathPrefix === '/' ? '' : pathPrefix) }));
        await refresh();
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <section aria-labelledby="portals-heading">
      <h2 id="portals-heading">{t('options.portals')}</h2>
      <p class="muted">{t('options.roundsShowsItsSidebarOnly')}</p>
      <form onSubmit={add}>
        <Field
          label={t('options.portalAddress')}
          hint={t('options.eGHttpsPortalExample')}
          value={address}
          onInput={setAddress}
        />
        <Field label={t('options.pageKeyParametersOptional')} value={params} onInput={setParams} />
        <button type="submit">{t('options.addPortal')}</button>
      </form>
      {error && <p role="alert">{error}</p>}
      <p role="status">{message}</p>
      <ul class="plain" aria-label={t('options.enabledPortals')}>
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
