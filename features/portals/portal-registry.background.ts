import { browser } from 'wxt/browser';
import { CodedError } from '../../locales/coded-error';
import type { PortalView } from '../../messaging/messages/portals';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Portal } from '../../storage/schemas/portal';
import { normalisePathPrefix, originPermission, parsePortalAddress } from './portal-address';
import { type ScriptingApi, syncRegistrations } from './script-registration';

/** Stored portals that are not deleted. */
export async function storedPortals(db: RoundsDatabase): Promise<Portal[]> {
  return (await db.portals.toArray()).filter((p) => !p.deletedAt);
}

/** Whether the browser grants the host permission for an origin. */
export async function hasOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPermission(origin)] });
  } catch {
    return false;
  }
}

/** Stored portals whose permission is still granted: the only ones Rounds acts on. */
export async function grantedPortals(db: RoundsDatabase): Promise<Portal[]> {
  const portals = await storedPortals(db);
  const granted = await Promise.all(portals.map((p) => hasOriginPermission(p.origin)));
  return portals.filter((_, i) => granted[i]);
}

/** A portal as the options page and popup see it. */
export async function viewOf(p: Portal): Promise<PortalView> {
  const { id, origin, pathPrefix, label, pageKeyParams, managed } = p;
  return { id, origin, pathPrefix, label, pageKeyParams, managed, granted: await hasOriginPermission(origin) };
}

/** Registers content scripts for exactly the granted portals (start-up, install/update, any change). */
export async function resyncPortalScripts(db: RoundsDatabase): Promise<void> {
  await syncRegistrations(browser.scripting as unknown as ScriptingApi, await grantedPortals(db));
}

export interface AddPortalInput {
  address: string;
  pageKeyParams?: string[];
  label?: string;
  managed?: boolean;
}

/** Stores a portal for an address whose permission is granted (refuses otherwise) and registers its script. */
export async function addPortal(db: RoundsDatabase, input: AddPortalInput): Promise<Portal> {
  const parsed = parsePortalAddress(input.address);
  if (!parsed.ok) throw new Error(parsed.message);
  const { origin, pathPrefix } = parsed.address;
  if (!(await hasOriginPermission(origin))) throw new CodedError('portals.noPermission', { origin });
  const repo = repositories(db).portals;
  const existing = (await storedPortals(db)).find((p) => p.origin === origin && p.pathPrefix === pathPrefix);
  const fields = {
    pageKeyParams: input.pageKeyParams ?? [],
    label: input.label ?? '',
    managed: input.managed ?? false,
  };
  const portal = existing
    ? await repo.update(existing.id, input.pageKeyParams ? fields : { label: fields.label || existing.label })
    : await repo.create({ origin, pathPrefix, ...fields });
  await resyncPortalScripts(db);
  return portal;
}

/** Changes a portal's path prefix or page-key parameters and re-registers. */
export async function updatePortal(
  db: RoundsDatabase,
  id: string,
  patch: { pathPrefix?: string | undefined; pageKeyParams?: string[] | undefined },
): Promise<Portal> {
  const change: { pathPrefix?: string; pageKeyParams?: string[] } = {};
  if (patch.pathPrefix !== undefined) change.pathPrefix = normalisePathPrefix(patch.pathPrefix);
  if (patch.pageKeyParams !== undefined) change.pageKeyParams = patch.pageKeyParams;
  const portal = await repositories(db).portals.update(id, change);
  await resyncPortalScripts(db);
  return portal;
}

/**
 * Deletes a portal, unregisters its script and gives the host permission back when no other portal uses the
 * origin. Required permissions (the e2e build's local hosts) cannot be removed; that refusal is ignored.
 */
export async function removePortal(db: RoundsDatabase, id: string): Promise<Portal | undefined> {
  const portal = (await storedPortals(db)).find((p) => p.id === id);
  if (!portal) return undefined;
  await repositories(db).portals.softDelete(id);
  await resyncPortalScripts(db);
  const sameHost = (await storedPortals(db)).some(
    (p) => originPermission(p.origin) === originPermission(portal.origin),
  );
  if (!sameHost) await browser.permissions.remove({ origins: [originPermission(portal.origin)] }).catch(() => false);
  return portal;
}
