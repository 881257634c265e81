import { z } from 'zod';
import { readKey, storageKeys, writeKey } from '../../../storage/extension-storage';
import type { TabSession } from './tab-sessions';

const storedSession = z.object({
  tabId: z.number().int(),
  portal: z.object({ id: z.string(), origin: z.string(), pathPrefix: z.string(), pageKeyParams: z.array(z.string()) }),
  url: z.string(),
  title: z.string(),
  open: z.boolean(),
  detected: z.array(z.object({ physicianId: z.string(), count: z.number() })),
  detection: z.enum(['keys', 'text']),
  mount: z
    .object({ tabId: z.number(), nonce: z.string(), origin: z.string(), sidebarFrameId: z.number().nullable() })
    .nullable(),
});
/** What survives a service-worker restart: no port (reconnected), no capture, no page text or block results. */
export type StoredSession = z.infer<typeof storedSession>;

/**
 * Writes every session's restorable part to storage.session (Chrome MV3; Firefox 115+): kept in memory, cleared
 * when the browser session ends, and not exposed to content scripts by default, so nonces never reach disk or the
 * page. Absent: no-op.
 */
export async function writeSessions(sessions: readonly StoredSession[]): Promise<void> {
  await writeKey(storageKeys.tabSessions, sessions);
}

/** Reads what the previous background instance wrote (malformed entries are dropped). */
export async function readSessions(): Promise<StoredSession[]> {
  const list = await readKey(storageKeys.tabSessions);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const parsed = storedSession.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The restorable part of a live session. */
export function toStored(s: TabSession): StoredSession {
  const { tabId, portal, url, title, open, detected, detection, mount } = s;
  return { tabId, portal, url, title, open, detected, detection, mount: mount && { ...mount } };
}
