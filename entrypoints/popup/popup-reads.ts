import type { RoundsDatabase } from '../../storage/database';
import type { Outreach, Settings } from '../../storage/schemas';
import { loadSettings } from '../../storage/settings-store';
import { loadTabState, type TabState } from './tab-state';

/** How many of the newest outreach rows feed "recent and frequent" (a bounded read of the `at` index). */
export const recentOutreachLimit = 200;

/** The newest outreach rows (soft-deleted ones dropped after the bounded read, so the cursor never runs long). */
export async function recentOutreachRows(db: RoundsDatabase, limit = recentOutreachLimit): Promise<Outreach[]> {
  const rows = await db.outreach.orderBy('at').reverse().limit(limit).toArray();
  return rows.filter((o) => !o.deletedAt);
}

/** Everything the popup's first paint needs, started together (never one after another). */
export interface PopupReads {
  settings: Promise<Settings>;
  recent: Promise<Outreach[]>;
  tab: Promise<TabState | null>;
}

export function startPopupReads(db: RoundsDatabase): PopupReads {
  return { settings: loadSettings(db), recent: recentOutreachRows(db), tab: loadTabState() };
}
