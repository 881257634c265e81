import { useEffect, useState } from 'preact/hooks';
import { openPageDatabase } from '../../components/page-database';
import { markOnce } from '../../features/instrumentation/marks';
import type { RoundsDatabase } from '../../storage/database';

export type DatabaseOpener = () => Promise<RoundsDatabase>;

/** Opens the database only when `enabled` (the sidebar must not touch data before the page context is ready). */
export function useSidebarDatabase(
  enabled: boolean,
  open: DatabaseOpener = openPageDatabase,
): { db: RoundsDatabase | null; error: string } {
  const [state, setState] = useState<{ db: RoundsDatabase | null; error: string }>({ db: null, error: '' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    open().then(
      (db) => {
        markOnce('rounds:db-open');
        if (live) setState({ db, error: '' });
      },
      (error: unknown) => live && setState({ db: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [enabled, open]);
  return state;
}
