import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { parsePortalAddress } from './portal-address';
import { hasOriginPermission, storedPortals } from './portal-registry.background';

/**
 * What an IT department may preconfigure through managed storage (Chrome: the ExtensionSettings/3rdparty policy
 * with public/managed-schema.json; Firefox: the "3rdparty" policy or a managed storage manifest). Managed
 * portals still need the host permission: IT grants it with the runtime_allowed_hosts / permissions policy,
 * or the liaison accepts the prompt from the options page. Rounds never widens permissions by itself.
 */
export const managedPolicy = z.object({
  portals: z
    .array(
      z.object({
        address: z.string().max(2048),
        label: z.string().max(100).default(''),
        pageKeyParams: z.array(z.string().min(1).max(100)).max(20).default([]),
      }),
    )
    .max(200)
    .default([]),
});
export type ManagedPolicy = z.infer<typeof managedPolicy>;

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
