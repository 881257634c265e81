import type { Browser } from 'wxt/browser';
import { pageKey } from '../../../features/detection/page-key';
import type { TableRows } from '../../../features/detection/referral-tables';
import type { ProviderCandidate } from '../../../features/discovery/provider-candidates';
import type { ColumnOverrides } from '../../../features/discovery/queue-columns';
import type {
  DetectedPhysician,
  DiscoveredProvider,
  PageContext,
  QueueRow,
  QueueTable,
} from '../../../messaging/page-context';
import type { DetectionMode } from './detection-mode';
import { readSessions, type StoredSession, toStored, writeSessions } from './session-store';
import type { SidebarMount } from './sidebar-handshake';

/** The portal fields a tab needs (the stored row may carry more). */
export interface TabPortal {
  id: string;
  origin: string;
  pathPrefix: string;
  pageKeyParams: string[];
}

/** What the background knows of one portal tab: the page, the detected ids, the sidebar mount and its port. */
export interface TabSession {
  tabId: number;
  portal: TabPortal;
  url: string;
  title: string;
  open: boolean;
  detected: DetectedPhysician[];
  capture?: PageContext['capture'];
  /** Where this page's names are matched (chosen when its content script checked in). */
  detection: DetectionMode;
  /** Text mode: physician ids per page block id; null until the page sent a full read (or after a restart). */
  blocks: Map<number, string[]> | null;
  /**
   * Provider names with a physician cue, per page block id (text mode: every block; keys mode: the cue blocks
   * sent); null after a restart until the page sends them all again.
   */
  cues: Map<number, ProviderCandidate[]> | null;
  /** Of those, the providers not in the directory ("Not in your directory yet"). */
  discovered: DiscoveredProvider[];
  /** Referral-queue tables the page sent last (`portal.tableRows`; no patient column), and their rows as matched. */
  tables: TableRows[];
  queueRows: QueueRow[];
  /** Which column holds what in those tables, and the portal's corrections (loaded with the first tables). */
  queueTables?: QueueTable[];
  columnOverrides?: ColumnOverrides;
  mount: SidebarMount | null;
  port: Browser.runtime.Port | null;
}

const sessions = new Map<number, TabSession>();
let restored: Promise<void> = Promise.resolve();
let saving: Promise<void> | null = null;

/** Saves every session's restorable part (coalesced per task) so a restarted service worker knows its tabs. */
export function persistSessions(): Promise<void> {
  saving ??= Promise.resolve().then(() => {
    saving = null;
    return writeSessions(allSessions().map(toStored)).catch((error: unknown) => {
      console.warn('[rounds] saving tab sessions', error);
    });
  });
  return saving;
}

/** Restores the sessions a previous background instance saved, keeping those `stillValid` confirms. */
export function restoreSessions(stillValid: (s: StoredSession) => Promise<boolean>): Promise<void> {
  restored = readSessions()
    .then(async (list) => {
      for (const stored of list) {
        if (sessions.has(stored.tabId) || !(await stillValid(stored))) continue;
        sessions.set(stored.tabId, {
          ...stored,
          blocks: null,
          cues: null,
          discovered: [],
          tables: [],
          queueRows: [],
          port: null,
        });
      }
    })
    .catch((error: unknown) => console.warn('[rounds] restoring tab sessions', error));
  return restored;
}

/** Resolves once saved sessions are back (handlers wait for it before looking a tab up). */
export function sessionsRestored(): Promise<void> {
  return restored;
}

/** The session of a tab, if its content script has checked in. */
export function sessionOf(tabId: number): TabSession | undefined {
  return sessions.get(tabId);
}

/** Starts (or restarts, on a new page load) the session of a tab. */
export function startSession(tabId: number, portal: TabPortal, url: string, title: string, open: boolean): TabSession {
  sessions.get(tabId)?.port?.disconnect();
  const session: TabSession = {
    tabId,
    portal,
    url,
    title,
    open,
    detected: [],
    detection: 'keys',
    blocks: null,
    cues: new Map(),
    discovered: [],
    tables: [],
    queueRows: [],
    mount: null,
    port: null,
  };
  sessions.set(tabId, session);
  void persistSessions();
  return session;
}

/** Forgets a tab (closed, navigated away from the portal, portal removed). */
export function endSession(tabId: number): void {
  sessions.get(tabId)?.port?.disconnect();
  if (sessions.delete(tabId)) void persistSessions();
}

/** Every live session (for pushing new match keys or removing a portal). */
export function allSessions(): TabSession[] {
  return [...sessions.values()];
}

/** The PageContext the sidebar of this tab may see. */
export function pageContextOf(session: TabSession): PageContext {
  let path = '/';
  try {
    path = new URL(session.url).pathname;
  } catch {}
  return {
    tabId: session.tabId,
    portalId: session.portal.id,
    origin: session.portal.origin,
    path,
    title: session.title,
    pageKey: safePageKey(session.url, session.portal.pageKeyParams),
    detected: session.detected,
    discovered: session.discovered,
    queueRows: session.queueRows,
    queueTables: session.queueTables ?? [],
    capture: session.capture,
  };
}

function safePageKey(url: string, params: string[]): string {
  try {
    return pageKey(url, params);
  } catch {
    return url;
  }
}

/** Sends the current context to the tab's authorized sidebar, if one is connected. */
/** What each sidebar port was last sent: a page report that changes nothing (keys mode reports every change of the page, whatever it names) costs no write and no render. */
const lastPushed = new WeakMap<object, string>();

export function pushContext(session: TabSession): void {
  const context = pageContextOf(session);
  const signature = JSON.stringify(context);
  if (session.port && lastPushed.get(session.port) === signature) return;
  void persistSessions();
  if (!session.port) return;
  try {
    lastPushed.set(session.port, signature);
    session.port.postMessage({ type: 'context', context });
  } catch {
    session.port = null;
  }
}
