import { readReferralTables } from '../../features/detection/referral-tables';
import { timed } from '../../features/instrumentation/marks';
import { sendToBackground } from './extension-runtime';

/**
 * Sends the page's referral-queue rows (provider, status, service, reference cells only) when they changed since
 * the last send; a page with no such table sends nothing at all.
 */
export function queueRowsSender(): () => void {
  let last = '[]';
  return () => {
    const tables = timed('rounds:tables', () => readReferralTables(document));
    const signature = JSON.stringify(tables);
    if (signature === last) return;
    last = signature;
    // The background restarted: send again at the next change.
    sendToBackground('portal.tableRows', { tables }).catch(() => (last = ''));
  };
}
