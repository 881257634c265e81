import { browser } from 'wxt/browser';
import { t } from '../locales/i18n';
import type { RoundsDatabase } from '../storage/database';
import { useLiveQuery } from './use-live-query';

/** An empty directory says what to do next (popup, dashboard): the welcome page's three ways to start. */
export function EmptyDirectoryHint(props: { db: RoundsDatabase; what: string }) {
  const live = useLiveQuery(
    () => props.db.physicians.filter((p) => !p.deletedAt).count(),
    [props.db],
    -1 /* not read yet: say nothing */,
  );
  if (live !== 0) return null;
  const open = () => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  return (
    <p class="muted">
      {t('common.emptyDirectory', { what: props.what })}{' '}
      <button type="button" onClick={open}>
        {t('common.gettingStarted')}
      </button>
    </p>
  );
}
