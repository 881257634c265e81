import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatabaseGate } from '../../components/DatabaseGate';
import { EmptyDirectoryHint } from '../../components/EmptyDirectoryHint';
import { LockControls } from '../../components/encryption/LockControls';
import { KeyboardShortcuts } from '../../components/shortcuts/KeyboardShortcuts';
import type { RoundsDatabase } from '../../storage/database';
import { DueFollowUps } from './DueFollowUps';
import { openActivityPage, openPlanPage } from './open-pages';
import { PortalActions } from './PortalActions';
import { startPopupReads } from './popup-reads';
import { QuickLog } from './QuickLog';
import type { TabState } from './tab-state';

function PopupBody(props: { db: RoundsDatabase }) {
  const [lastActivity, setLastActivity] = useState<string | null>(null);
  const [tab, setTab] = useState<TabState | null>(null);
  // Settings, the newest outreach (recent and frequent) and the tab state are read at once, not one after another.
  const reads = useMemo(() => startPopupReads(props.db), [props.db]);
  useEffect(() => {
    void reads.settings.then((s) => setLastActivity(s.lastActivity));
    void reads.tab.then(setTab);
  }, [reads]);
  return (
    <>
      <EmptyDirectoryHint db={props.db} what="there is no one to log outreach with yet" />
      {lastActivity === null ? (
        <p class="muted">Opening…</p>
      ) : (
        <QuickLog db={props.db} tab={tab} lastActivity={lastActivity} recent={reads.recent} />
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
      <LockControls />
      <DatabaseGate>{(db) => <PopupBody db={db} />}</DatabaseGate>
      <nav class="row popup-links">
        <button type="button" onClick={openPlanPage}>
          Plan my day
        </button>
        <button type="button" onClick={() => openActivityPage()}>
          Activity
        </button>
        <button type="button" onClick={() => openActivityPage({ event: true })}>
          Log event
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
      <KeyboardShortcuts compact />
    </main>
  );
}
