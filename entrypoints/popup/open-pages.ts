import { browser } from 'wxt/browser';

/** Opens the Activity page in a tab, optionally filtered (e.g. to one physician), and closes the popup. */
export function openActivityPage(filter: { physician?: string | null; event?: boolean } = {}): void {
  // `?event=new` opens the Activity page on its `Log event` form (an event is too big a form for the popup).
  const query = filter.physician
    ? `?physician=${encodeURIComponent(filter.physician)}`
    : filter.event
      ? '?event=new'
      : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/activity.html${query}` as '/activity.html') });
  if (typeof window !== 'undefined' && location.pathname.endsWith('/popup.html')) window.close();
}

/** Opens `Plan my day` in a tab and closes the popup. */
export function openPlanPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/plan.html') });
  if (typeof window !== 'undefined' && location.pathname.endsWith('/popup.html')) window.close();
}
