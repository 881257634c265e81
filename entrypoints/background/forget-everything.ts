import { forgetTeam } from '../../features/team/sync.background';
import { getDatabase } from '../../storage/database';
import { removeDeclaredKeys } from '../../storage/extension-storage';
import { pendingCaptures } from './capture-wiring';
import { directoryIndex } from './portal-tabs/directory-index-cache';
import { currentMatchKeys } from './portal-tabs/directory-match-keys';
import { sendToTab } from './portal-tabs/tab-commands';
import { allSessions, endSession, persistSessions } from './portal-tabs/tab-sessions';

/**
 * After Delete all data: the background drops what it still holds. Every portal tab's sidebar and content script
 * are switched off and its session (page context, detected ids, nonce) ended; pending captures are forgotten; the
 * directory caches are rebuilt from the emptied database; team sync stops and its local replica is destroyed (the
 * server keeps the team's records: nothing is deleted there); then the extension-storage keys written meanwhile
 * (the sessions' own save) are removed again.
 */
export async function forgetEverything(): Promise<{ tabs: number; captures: number }> {
  const sessions = allSessions();
  for (const session of sessions) {
    await sendToTab(session.tabId, { rounds: 'disable' }).catch(() => false);
    endSession(session.tabId);
  }
  const captures = pendingCaptures.clear();
  await persistSessions();
  const db = await getDatabase();
  await Promise.all([directoryIndex(db), currentMatchKeys(db)]).catch(() => undefined);
  await forgetTeam().catch(() => undefined);
  await removeDeclaredKeys();
  return { tabs: sessions.length, captures };
}
