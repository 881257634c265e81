import { useEffect, useState } from 'preact/hooks';
import type { RoundsDatabase } from '../storage/database';
import { openPageDatabase } from './page-database';

/** The page's database connection, or the error that kept it from opening (shown, never a silent reset). */
export function useDatabase(): { db: RoundsDatabase | null; error: string } {
  const [state, setState] = useState<{ db: RoundsDatabase | null; error: string }>({ db: null, error: '' });
  useEffect(() => {
    openPageDatabase().then(
      (db) => setState({ db, error: '' }),
      (error: unknown) => setState({ db: null, error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return state;
}
