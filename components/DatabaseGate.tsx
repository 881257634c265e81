import type { ComponentChildren } from 'preact';
import type { RoundsDatabase } from '../storage/database';
import { useDatabase } from './use-database';

/** Renders children once the database is open; a clear error with a way forward when it cannot open. */
export function DatabaseGate(props: { children: (db: RoundsDatabase) => ComponentChildren }) {
  const { db, error } = useDatabase();
  if (error) {
    return (
      <div role="alert">
        <p>Rounds could not open its data: {error}</p>
        <p>
          Your data has not been reset. Close other Rounds windows and reload; if this persists, export what is readable
          from the options page.
        </p>
      </div>
    );
  }
  if (!db) return <p class="muted">Opening…</p>;
  return <>{props.children(db)}</>;
}
