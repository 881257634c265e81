import { useState } from 'preact/hooks';
import { DatabaseGate } from '../components/DatabaseGate';
import { useLiveQuery } from '../components/use-live-query';
import { displayName } from '../directory/display-name';
import type { RoundsDatabase } from '../storage/database';
import { searchPhysicians } from '../storage/search';

function Search(props: { db: RoundsDatabase }) {
  const [query, setQuery] = useState('');
  const results = useLiveQuery(() => searchPhysicians(props.db, query), [props.db, query], []);
  return (
    <section>
      <label class="field">
        <span>Search physicians</span>
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <ul class="plain">
        {results.map((p) => (
          <li key={p.id} class="card">
            {displayName(p)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sidebar app (an extension page shown in an iframe on enabled portals). */
export function SidebarApp() {
  return (
    <main class="sidebar">
      <h1>Rounds</h1>
      <DatabaseGate>{(db) => <Search db={db} />}</DatabaseGate>
    </main>
  );
}
