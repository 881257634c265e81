import { useEffect, useState } from 'preact/hooks';
import { getDatabase, type RoundsDatabase } from '../storage/database';

/** The page's database connection, or the error that kept it from opening (shown, never a silent reset). */
export function useDatabase(): { db: RoundsDatabase | null; error: string } {
  const [state, setState] = useState<{ db: RoundsDatabase | null; error: string }>({ db: null, error: '' });
  useEffect(() => {
    getDatabase().then(
      (db) => setState({ db, error: '' }),
      (error: unknown) => setState({ db: null, error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return state;
}
