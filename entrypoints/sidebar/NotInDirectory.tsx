import { useEffect, useState } from 'preact/hooks';
import { ignoreProvider, loadIgnoredProviders } from '../../features/discovery/ignored-providers';
import { t } from '../../locales/i18n';
import type { DiscoveredProvider } from '../../messaging/page-context';

interface NotInDirectoryProps {
  portalId: string;
  discovered: readonly DiscoveredProvider[];
  onAdd: (provider: DiscoveredProvider) => void;
}

/**
 * "Not in your directory yet": providers the page names with a physician cue who are not in the directory, each
 * with `Add to directory` (the prefilled form) and `Ignore` (remembered for this portal). Hidden when empty.
 */
export function NotInDirectory(props: NotInDirectoryProps) {
  const [ignored, setIgnored] = useState<Set<string> | null>(null);
  useEffect(() => {
    let live = true;
    loadIgnoredProviders(props.portalId)
      .catch(() => new Set<string>())
      .then((keys) => live && setIgnored(keys));
    return () => {
      live = false;
    };
  }, [props.portalId]);
  if (!ignored) return null;
  const shown = props.discovered.filter((p) => !ignored.has(p.key));
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="not-in-directory">
      <h2 id="not-in-directory">{t('sidebar.notInYourDirectoryYet')}</h2>
      <ul class="plain discovered">
        {shown.map((p) => (
          <li key={p.key}>
            <span class="discovered-name">{p.display}</span>
            {p.npi && <span class="muted"> {t('sidebar.npiNpi', { npi: p.npi })}</span>}
            <span class="discovered-actions">
              <button type="button" onClick={() => props.onAdd(p)}>
                {t('sidebar.addToDirectory')}
              </button>
              <button
                type="button"
                onClick={() => void ignoreProvider(props.portalId, p.key).then(setIgnored, () => undefined)}
              >
                {t('sidebar.ignore')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
