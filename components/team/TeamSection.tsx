import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPermission } from '../../features/portals/portal-address';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { TeamView } from '../../messaging/messages/team';
import { storageKeys, watchKey } from '../../storage/extension-storage';
import { teamStatus } from '../../storage/team/team-settings';
import { ConflictPanel } from './ConflictPanel';
import { SyncIndicator } from './SyncIndicator';
import { teamLabels as L } from './team-labels';

const originOf = (address: string) => {
  try {
    return new URL(address.trim()).origin;
  } catch {
    return null;
  }
};

/** Options → Team (issue 17): the team server, sign in with the CouchDB session, the sync status, conflicts. */
export function TeamSection() {
  const id = useId();
  const [view, setView] = useState<TeamView | null>(null);
  const [address, setAddress] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');
  const [alert, setAlert] = useState('');

  useEffect(() => {
    void send('team.status', {}).then((v) => {
      setView(v);
      setAddress((a) => a || v.address);
      setUsername((u) => u || v.username);
    });
    return watchKey(storageKeys.teamStatus, (value) => {
      const parsed = teamStatus.safeParse(value);
      if (parsed.success) setView((v) => (v ? { ...v, status: parsed.data } : v));
    });
  }, []);

  const signIn = (event: Event) => {
    event.preventDefault();
    setAlert('');
    setMessage('');
    const origin = originOf(address);
    if (!origin) return setAlert(t('team.addressNotAWebAddress', { address: L.address }));
    // Straight from the submit: the permission prompt for the server needs the user's gesture. A match pattern has
    // no port (Firefox refuses one): the host is asked for. Firefox also asks, in the same prompt, for the optional
    // data-collection consent the manifest declares: sync sends the team's physician and outreach records (PRIVACY.md).
    const origins = [originPermission(origin)];
    const request = import.meta.env.FIREFOX ? { origins, data_collection: ['personallyIdentifyingInfo'] } : { origins };
    browser.permissions
      .request(request as Parameters<typeof browser.permissions.request>[0])
      .then(async (granted) => {
        if (!granted) return setAlert(L.notAllowed(origin));
        setMessage(L.signingIn);
        const result = await send('team.signIn', { address, username, password });
        setView(result.view);
        setPassword('');
        if (result.ok) setMessage(L.signedInAs(result.view.username, result.view.address));
        else {
          setMessage('');
          setAlert(result.message);
        }
      })
      .catch((e: unknown) => setAlert(e instanceof Error ? e.message : String(e)));
  };

  const act = (type: 'team.syncNow' | 'team.signOut') => async () => {
    setAlert('');
    try {
      setView(await send(type, {}));
    } catch (e) {
      setAlert(e instanceof Error ? e.message : String(e));
    }
  };

  if (!view) return null;
  const { status } = view;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{L.heading}</h2>
      <p class="hint">{L.intro}</p>
      <SyncIndicator status={status} />
      {alert && <p role="alert">{alert}</p>}
      {message && <p>{message}</p>}
      <form onSubmit={signIn} noValidate>
        <div class="field">
          <label for={`${id}-address`}>{L.address}</label>
          <input
            id={`${id}-address`}
            type="url"
            value={address}
            aria-describedby={`${id}-address-hint`}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
          <p class="hint" id={`${id}-address-hint`}>
            {L.addressHint}
          </p>
        </div>
        <div class="field">
          <label for={`${id}-user`}>{L.username}</label>
          <input
            id={`${id}-user`}
            autoComplete="username"
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-password`}>{L.password}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{L.signIn}</button>
      </form>
      {view.signedIn && (
        <p>
          <button type="button" onClick={act('team.syncNow')}>
            {L.syncNow}
          </button>{' '}
          <button type="button" onClick={act('team.signOut')}>
            {L.signOut}
          </button>
        </p>
      )}
      <p class="hint">{L.patientInformation}</p>
      <TeamProblems view={view} onView={setView} />
    </section>
  );
}

function TeamProblems(props: { view: TeamView; onView: (v: TeamView) => void }) {
  const { conflicts, quarantined } = props.view.status;
  return (
    <>
      {conflicts.length > 0 && (
        <>
          <h3>{L.conflictsHeading}</h3>
          <p class="hint">{L.conflictsHint}</p>
          <ul>
            {conflicts.map((docId) => (
              <ConflictPanel key={docId} id={docId} label={labelOf(docId)} onResolved={props.onView} />
            ))}
          </ul>
        </>
      )}
      {quarantined.length > 0 && (
        <>
          <h3>{L.quarantineHeading}</h3>
          <p class="hint">{L.quarantineHint}</p>
          <ul>
            {quarantined.map((q) => (
              <li key={q.id}>{q.reason}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function labelOf(docId: string): string {
  const [table = '', id = ''] = docId.split(':');
  return `${L.tables[table] ?? table} ${id.slice(0, 8)}`;
}
