import { browser } from 'wxt/browser';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { type ManagedPolicy, managedPolicy } from './managed-policy';
import { parsePortalAddress } from './portal-address';
import { hasOriginPermission, storedPortals } from './portal-registry.background';

/** Reads the managed policy; an absent or malformed policy counts as none (logged, never fatal). */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get('portals');
  } catch {
    return { portals: [] }; // no policy installed (Firefox throws when there is no managed manifest)
  }
  const parsed = managedPolicy.safeParse(raw ?? {});
  if (!parsed.success) console.warn('[rounds] ignoring malformed managed portals', parsed.error.issues[0]?.message);
  return parsed.success ? parsed.data : { portals: [] };
}

/** Stores managed portals (marked managed) and drops managed ones IT removed; users' own portals are untouched. */
export async function importManagedPortals(db: RoundsDatabase): Promise<number> {
  const policy = await readManagedPolicy();
  const repo = repositories(db).portals;
  const stored = await storedPortals(db);
  const wanted = new Set<string>();
  for (const entry of policy.portals) {
    const parsed = parsePortalAddress(entry.address);
    if (!parsed.ok || !(await hasOriginPermission(parsed.address.origin))) continue;
    const { origin, pathPrefix } = parsed.address;
    const existing = stored.find((p) => p.origin === origin && p.pathPrefix === pathPrefix);
    const fields = { label: entry.label, pageKeyParams: entry.pageKeyParams, managed: true };
    const row = existing
      ? await repo.update(existing.id, fields)
      : await repo.create({ origin, pathPrefix, ...fields });
    wanted.add(row.id);
  }
  for (const p of stored) if (p.managed && !wanted.has(p.id)) await repo.softDelete(p.id);
  return wanted.size;
}
