import { useEffect, useState } from 'preact/hooks';
import type { PhysicianDraft } from '../../features/directory/physician-form-state';
import { describeRegistryResult, fillFromRegistry } from '../../features/registry/registry-fill';
import {
  lookUpInRegistry,
  lookupErrorMessage,
  type RegistryQuery,
  registryQueryOf,
  requestRegistryPermission,
} from '../../features/registry/registry-query';
import type { RegistryResult } from '../../features/registry/registry-result';
import { t } from '../../locales/i18n';
import type { RegistryLookupResponse } from '../../messaging/messages/registry';
import type { RoundsDatabase } from '../../storage/database';
import { defaultSettings } from '../../storage/schemas';
import { loadSettings } from '../../storage/search';
import { openPageDatabase } from '../page-database';

export interface RegistryLookupProps {
  draft: PhysicianDraft;
  onFill: (patch: Partial<PhysicianDraft>) => void;
  /** Defaults: settings' registryBaseUrl, permissions.request, and the `registry.lookup` message. */
  baseUrl?: string;
  /** Where the settings are read from when no baseUrl is given; else the page's own connection. */
  db?: RoundsDatabase;
  requestPermission?: (baseUrl: string) => Promise<boolean>;
  lookup?: (query: RegistryQuery) => Promise<RegistryLookupResponse>;
}

/**
 * Firefox gives extension frames inside web pages (the sidebar) no permissions API: the call throws. The look-up
 * then goes ahead, and the background, which checks the grant itself, answers `permission` when it is missing.
 */
function askPermission(request: (baseUrl: string) => Promise<boolean>, baseUrl: string): Promise<boolean> {
  try {
    return request(baseUrl);
  } catch {
    return Promise.resolve(true);
  }
}

type View =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'choose'; results: RegistryResult[] }
  | { kind: 'filled'; message: string }
  | { kind: 'error'; message: string };

/** `Look up in NPI Registry`: by NPI, or by name and state; fills the form from the entry the user picks. */
export function RegistryLookup(props: RegistryLookupProps) {
  const [baseUrl, setBaseUrl] = useState(props.baseUrl ?? defaultSettings.registryBaseUrl);
  const [state, setState] = useState('');
  const [view, setView] = useState<View>({ kind: 'idle' });
  useEffect(() => {
    if (props.baseUrl) return;
    (props.db ? Promise.resolve(props.db) : openPageDatabase())
      .then(loadSettings)
      .then((s) => setBaseUrl(s.registryBaseUrl))
      .catch(() => undefined);
  }, [props.baseUrl, props.db]);

  const fill = (r: RegistryResult) => {
    props.onFill(fillFromRegistry(props.draft, r));
    setView({
      kind: 'filled',
      message: t('capture.filledFromTheNpiRegistry', { registryResult: describeRegistryResult(r) }),
    });
  };
  const lookUp = () => {
    const query = registryQueryOf(props.draft, state);
    if (!query) {
      setView({ kind: 'error', message: t('capture.typeAnNpiOrA') });
      return;
    }
    // Asked first, while the click still counts as the user's gesture.
    const permitted = askPermission(props.requestPermission ?? requestRegistryPermission, baseUrl);
    setView({ kind: 'loading' });
    permitted
      .then((ok): Promise<RegistryLookupResponse> | RegistryLookupResponse =>
        ok ? (props.lookup ?? lookUpInRegistry)(query) : { ok: false, kind: 'permission', detail: '' },
      )
      .then((answer) => {
        if (!answer.ok) setView({ kind: 'error', message: lookupErrorMessage(answer.kind, baseUrl) });
        else if (answer.results.length === 1 && answer.results[0]) fill(answer.results[0]);
        else setView({ kind: 'choose', results: answer.results });
      })
      .catch(() => setView({ kind: 'error', message: lookupErrorMessage('network', baseUrl) }));
  };

  return (
    <div class="registry-lookup">
      <div class="row">
        <label class="row">
          {t('capture.state')}
          <input
            value={state}
            maxLength={2}
            size={3}
            style={{ width: '4em' }}
            onInput={(e) => setState(e.currentTarget.value)}
          />
        </label>
        <button type="button" onClick={lookUp} disabled={view.kind === 'loading'}>
          {t('capture.lookUpInNpiRegistry')}
        </button>
      </div>
      {view.kind === 'loading' && <p role="status">{t('capture.lookingUpInTheNpi')}</p>}
      {view.kind === 'filled' && <p role="status">{view.message}</p>}
      {view.kind === 'error' && <p role="alert">{view.message}</p>}
      {view.kind === 'choose' && (
        <ul class="plain" aria-label={t('capture.npiRegistryResults')}>
          {view.results.map((r) => (
            <li key={r.npi}>
              <button type="button" onClick={() => fill(r)}>
                {describeRegistryResult(r)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
