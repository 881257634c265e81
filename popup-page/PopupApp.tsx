import { browser } from 'wxt/browser';
import { DatabaseGate } from '../components/DatabaseGate';
import { useLiveQuery } from '../components/use-live-query';
import type { RoundsDatabase } from '../storage/database';

function Summary(props: { db: RoundsDatabase }) {
  const physicians = useLiveQuery(() => props.db.physicians.count(), [props.db], 0);
  return <p class="muted">{physicians.toLocaleString()} physicians in your directory</p>;
}

/** The toolbar popup. */
export function PopupApp() {
  return (
    <main class="popup">
      <h1>Rounds</h1>
      <DatabaseGate>{(db) => <Summary db={db} />}</DatabaseGate>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </main>
  );
}
