import type { ResponseOf } from '../../messaging/catalogue';
import { send } from '../../messaging/client';

/** The current tab as the portals capability sees it: portal state, physicians detected on the page, sidebar. */
export type TabState = ResponseOf<'popup.tabState'>;

/** Asks the background about the current tab; null when it cannot say (no tab, background busy). */
export async function loadTabState(): Promise<TabState | null> {
  try {
    return await send('popup.tabState', {});
  } catch {
    return null;
  }
}
