import { readKey, storageKeys, writeKey } from '../../storage/extension-storage';

/** What a referral-queue column can hold for Rounds (every other column is never read by a row). */
export const columnRoleNames = ['provider', 'status', 'service', 'reference'] as const;
export type ColumnRole = (typeof columnRoleNames)[number];

/** The liaison's corrections on one portal: header text (lower case) → the role it holds, or none. */
export type ColumnOverrides = Record<string, ColumnRole | 'none'>;

const isOverride = (v: unknown): v is ColumnRole | 'none' =>
  v === 'none' || (columnRoleNames as readonly unknown[]).includes(v);

/** A portal's column corrections (malformed entries dropped). */
export async function loadColumnOverrides(portalId: string): Promise<ColumnOverrides> {
  const stored = await readKey(storageKeys.queueColumns, portalId);
  const out: ColumnOverrides = {};
  if (stored && typeof stored === 'object')
    for (const [header, role] of Object.entries(stored)) if (isOverride(role)) out[header.slice(0, 100)] = role;
  return out;
}

/** Remembers that `header` holds `role` on this portal (and that no other header does); answers the new set. */
export async function saveColumnOverride(
  portalId: string,
  header: string,
  role: ColumnRole | 'none',
): Promise<ColumnOverrides> {
  const overrides = await loadColumnOverrides(portalId);
  const key = header.toLowerCase().slice(0, 100);
  if (role !== 'none')
    for (const [h, r] of Object.entries(overrides)) if (r === role && h !== key) overrides[h] = 'none';
  overrides[key] = role;
  await writeKey(storageKeys.queueColumns, overrides, portalId);
  return overrides;
}
