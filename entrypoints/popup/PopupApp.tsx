import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatabaseGate } from '../../components/DatabaseGate';
import { EmptyDirectoryHint } from '../../components/EmptyDirectoryHint';
import { LockControls } from '../../components/encryption/LockControls';
import { KeyboardShortcuts } from '../../components/shortcuts/KeyboardShortcuts';
import { t } from '../../locales/i18n';
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
      <EmptyDirectoryHint db={props.db} what={t('popup.thereIsNoOneTo')} />
      {lastActivity === null ? (
        <p class="muted">{t('popup.opening')}</p>
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
      <h1>{t('popup.rounds')}</h1>
      <PortalActions />
      <LockControls />
      <DatabaseGate>{(db) => <PopupBody db={db} />}</DatabaseGate>
      <nav class="row popup-links">
        <button type="button" onClick={openPlanPage}>
          {t('popup.planMyDay')}
        </button>
        <button type="button" onClick={() => openActivityPage()}>
          {t('popup.activity')}
        </button>
        <button type="button" onClick={() => openActivityPage({ event: true })}>
          {t('popup.logEvent')}
        </button>
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          {t('popup.dashboard')}
        </button>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popup.settings')}
        </button>
      </nav>
      <KeyboardShortcuts compact />
    </main>
  );
}
