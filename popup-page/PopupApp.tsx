import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatabaseGate } from '../components/DatabaseGate';
import type { RoundsDatabase } from '../storage/database';
import { loadSettings } from '../storage/settings-store';
import { DueFollowUps } from './DueFollowUps';
import { openActivityPage } from './open-pages';
import { PortalActions } from './PortalActions';
import { QuickLog } from './QuickLog';
import { loadTabState, type TabState } from './tab-state';

function PopupBody(props: { db: RoundsDatabase }) {
  const [lastActivity, setLastActivity] = useState<string | null>(null);
  const [tab, setTab] = useState<TabState | null>(null);
  useEffect(() => {
    void loadSettings(props.db).then((s) => setLastActivity(s.lastActivity));
    void loadTabState().then(setTab);
  }, [props.db]);
  return (
    <>
      {lastActivity === null ? (
        <p class="muted">Opening…</p>
      ) : (
        <QuickLog db={props.db} tab={tab} lastActivity={lastActivity} />
      )}
      <DueFollowUps db={props.db} />
    </>
  );
}

/** The toolbar popup: quick-log an outreach, see what is due. */
export function PopupApp() {
  return (
    <main class="popup">
      <h1>Rounds</h1>
      <PortalActions />
      <DatabaseGate>{(db) => <PopupBody db={db} />}</DatabaseGate>
      <nav class="row popup-links">
        <button type="button" onClick={() => openActivityPage()}>
          Activity
        </button>
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          Dashboard
        </button>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </nav>
    </main>
  );
}
