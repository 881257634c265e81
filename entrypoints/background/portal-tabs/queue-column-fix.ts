import { type ColumnRole, saveColumnOverride } from '../../../features/discovery/queue-columns';
import { getDatabase } from '../../../storage/database';
import { directoryIndex } from './directory-index-cache';
import { refreshQueueRows } from './page-text-report';
import { pushContext, sessionOf } from './tab-sessions';

/** The sidebar corrected which queue column holds `role`: kept for the portal, the tab's rows read again. */
export async function correctQueueColumn(tabId: number, header: string, role: ColumnRole | 'none'): Promise<void> {
  const session = sessionOf(tabId);
  if (!session) return;
  session.columnOverrides = await saveColumnOverride(session.portal.id, header, role);
  refreshQueueRows(session, await directoryIndex(await getDatabase()));
  pushContext(session);
}
