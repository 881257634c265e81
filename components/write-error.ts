import { errorText } from '../locales/coded-error';
import { t } from '../locales/i18n';

/** Names that IndexedDB and Dexie give a full disk or an exhausted quota (Dexie wraps the DOMException). */
const quotaNames = new Set(['QuotaExceededError', 'QuotaExceeded']);

function isQuota(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown };
  return (typeof e.name === 'string' && quotaNames.has(e.name)) || isQuota(e.inner);
}

/**
 * What a failed save tells the user: the reason, that nothing was written, and a way forward. A full disk gets
 * its own words, because "QuotaExceededError" means nothing to a liaison.
 */
export function describeWriteError(error: unknown): string {
  if (isQuota(error)) {
    return t('common.outOfStorage');
  }
  return t('common.notSaved', { reason: errorText(error) });
}
