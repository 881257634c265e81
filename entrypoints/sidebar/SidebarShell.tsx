import type { ComponentChildren } from 'preact';
import { LockControls } from '../../components/encryption/LockControls';
import type { PageContext, PageContextState } from '../../messaging/page-context';
import { SidebarMain } from './SidebarMain';
import { type DatabaseOpener, useSidebarDatabase } from './use-sidebar-database';
import './sidebar.css';
import { t } from '../../locales/i18n';

export interface SidebarShellProps {
  state: PageContextState;
  /** Asks the content script (through the background) to collapse the sidebar. */
  onClose: () => void;
  /** How to open the data (tests pass a scratch database); called only once the context is ready. */
  openDatabase?: DatabaseOpener;
}

function Frame(props: { onClose: () => void; children: ComponentChildren }) {
  return (
    <main class="sidebar">
      <header class="sidebar-header">
        <h1>{t('sidebar.rounds')}</h1>
        <button
          type="button"
          class="icon"
          onClick={props.onClose}
          aria-label={t('sidebar.closeSidebar')}
          title={t('sidebar.closeSidebar')}
        >
          ×
        </button>
      </header>
      {props.children}
    </main>
  );
}

function Ready(props: { context: PageContext; openDatabase?: DatabaseOpener | undefined }) {
  const { db, error } = useSidebarDatabase(true, props.openDatabase);
  if (error) {
    return (
      <div role="alert">
        <p>{t('sidebar.roundsCouldNotOpenIts', { error: error })}</p>
        <p>{t('sidebar.yourDataHasNotBeen')}</p>
      </div>
    );
  }
  if (!db) return <p class="muted">{t('sidebar.opening')}</p>;
  return <SidebarMain db={db} context={props.context} />;
}

/** The sidebar frame for each page-context state: refused (no data read at all), pending (quiet), ready (the app). */
export function SidebarShell(props: SidebarShellProps) {
  const { state } = props;
  return (
    <Frame onClose={props.onClose}>
      {state.status === 'refused' && (
        <section class="refused">
          <p>{t('sidebar.roundsCanTShowData')}</p>
          <p class="muted">{state.reason}</p>
        </section>
      )}
      {state.status === 'pending' && (
        <p class="muted" aria-busy="true">
          {t('sidebar.connectingToThisPage')}
        </p>
      )}
      {state.status === 'ready' && <LockControls />}
      {state.status === 'ready' && <Ready context={state.context} openDatabase={props.openDatabase} />}
    </Frame>
  );
}
