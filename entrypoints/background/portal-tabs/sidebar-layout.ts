import { readKey, removeKey, storageKeys, writeKey } from '../../../storage/extension-storage';

/** The sidebar's remembered state on one portal: kept in extension storage, never in the page's storage. */
export interface SidebarLayout {
  open: boolean;
  width: number;
}

export const defaultSidebarLayout: SidebarLayout = { open: true, width: 380 };
export const sidebarWidthRange = { min: 280, max: 720 } as const;

/** Clamps a width to what the sidebar can show. */
export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return defaultSidebarLayout.width;
  return Math.round(Math.min(sidebarWidthRange.max, Math.max(sidebarWidthRange.min, width)));
}

/** The portal's remembered layout, or the default. */
export async function loadSidebarLayout(portalId: string): Promise<SidebarLayout> {
  const stored = (await readKey(storageKeys.sidebarLayouts, portalId)) as Partial<SidebarLayout> | undefined;
  return {
    open: typeof stored?.open === 'boolean' ? stored.open : defaultSidebarLayout.open,
    width: clampWidth(typeof stored?.width === 'number' ? stored.width : defaultSidebarLayout.width),
  };
}

/** Remembers the portal's layout. */
export async function saveSidebarLayout(portalId: string, layout: SidebarLayout): Promise<void> {
  await writeKey(storageKeys.sidebarLayouts, { open: layout.open, width: clampWidth(layout.width) }, portalId);
}

/** Forgets a removed portal's layout. */
export async function forgetSidebarLayout(portalId: string): Promise<void> {
  await removeKey(storageKeys.sidebarLayouts, portalId);
}
