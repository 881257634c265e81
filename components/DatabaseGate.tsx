import type { ComponentChildren } from 'preact';
import { t } from '../locales/i18n';
import type { RoundsDatabase } from '../storage/database';
import { useDatabase } from './use-database';

/** Renders children once the database is open; a clear error with a way forward when it cannot open. */
export function DatabaseGate(props: { children: (db: RoundsDatabase) => ComponentChildren }) {
  const { db, error } = useDatabase();
  if (error) {
    return (
      <div role="alert">
        <p>{t('common.roundsCouldNotOpenIts', { error: error })}</p>
        <p>{t('common.yourDataHasNotBeen')}</p>
      </div>
    );
  }
  if (!db) return <p class="muted">{t('common.opening')}</p>;
  return <>{props.children(db)}</>;
}
