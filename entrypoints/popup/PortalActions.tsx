import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPermission } from '../../features/portals/portal-address';
import { t, tn } from '../../locales/i18n';
import type { ResponseOf } from '../../messaging/catalogue';
import { send } from '../../messaging/client';

type TabState = ResponseOf<'popup.tabState'>;

/** The popup's portal buttons: `Open sidebar` on an enabled portal, `Enable on this site` on other web pages. */
export function PortalActions() {
  const [tab, setTab] = useState<TabState | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    send('popup.tabState', {}).then(setTab, () => setTab(null));
  }, []);
  if (!tab || tab.portal === 'unsupported') return null;

  if (tab.portal === 'enabled') {
    const toggle = async () => {
      const { open } = await send('popup.toggleSidebar', {});
      setTab({ ...tab, sidebarOpen: open });
    };
    return (
      <p>
        <button type="button" onClick={toggle} aria-pressed={tab.sidebarOpen}>
          {t('popup.openSidebar')}
        </button>
        {tab.detected.length > 0 && <span class="muted"> {tn('popup.detectedOnPage', tab.detected.length)}</span>}
      </p>
    );
  }

  const origin = tab.origin;
  const enable = () => {
    if (!origin) return;
    // Asked in the click handler itself (a user gesture). Firefox may close the popup while its prompt shows,
    // so the background is told at once and waits for the grant on its own.
    const granted = browser.permissions.request({ origins: [originPermission(origin)] });
    const enabled = send('popup.enableSite', { origin });
    granted
      .then(async (ok) => {
        if (!ok) return setMessage(t('popup.roundsWasNotAllowedOn'));
        await enabled;
        setMessage(t('popup.roundsIsEnabledOnOrigin', { origin }));
        setTab({ ...tab, portal: 'enabled', sidebarOpen: true });
      })
      .catch((e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));
  };
  return (
    <p>
      <button type="button" onClick={enable}>
        {t('popup.enableOnThisSite')}
      </button>
      <span role="status">{message}</span>
    </p>
  );
}
