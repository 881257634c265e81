import { type PortalAddress, portalMatchPattern } from './portal-address';

/** The content script file (entrypoints/portal-content/index.ts, an unlisted script): never listed in the manifest. */
export const portalScriptFile = 'portal-content.js';
const idPrefix = 'rounds-portal-';

/** The slice of browser.scripting that registration needs (Chrome MV3 and Firefox 102+ MV2 alike). */
export interface ScriptingApi {
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
}

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

export interface RegistrablePortal extends PortalAddress {
  id: string;
}

/** The registration a portal needs: top frame only (the tracker reads same-origin frames itself), after load. */
export function scriptFor(portal: RegistrablePortal): RegisteredScript {
  return {
    id: `${idPrefix}${portal.id}`,
    js: [portalScriptFile],
    matches: [portalMatchPattern(portal)],
    runAt: 'document_idle',
    allFrames: false,
    // Re-registered from storage at every start (permissions may have been revoked meanwhile).
    persistAcrossSessions: false,
  };
}

export interface SyncResult {
  registered: string[];
  unregistered: string[];
}

/**
 * Makes the registered scripts exactly those of `portals` (ours only, by id prefix): unregisters stale or changed
 * ones, registers missing ones. Idempotent, so it runs at start-up, on install/update and after every change.
 */
export async function syncRegistrations(api: ScriptingApi, portals: readonly RegistrablePortal[]): Promise<SyncResult> {
  const wanted = new Map(portals.map((p) => [`${idPrefix}${p.id}`, scriptFor(p)]));
  const current = (await api.getRegisteredContentScripts()).filter((s) => s.id.startsWith(idPrefix));
  const stale = current
    .filter((s) => {
      const want = wanted.get(s.id);
      return !want || (s.matches ?? []).join(' ') !== want.matches.join(' ');
    })
    .map((s) => s.id);
  if (stale.length > 0) await api.unregisterContentScripts({ ids: stale });
  const kept = new Set(current.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...wanted.values()].filter((s) => !kept.has(s.id));
  if (missing.length > 0) await api.registerContentScripts(missing);
  return { registered: missing.map((s) => s.id), unregistered: stale };
}
