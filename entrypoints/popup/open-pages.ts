import { browser } from 'wxt/browser';

/** Opens the Activity page in a tab, optionally filtered (e.g. to one physician), and closes the popup. */
export function openActivityPage(filter: { physician?: string | null } = {}): void {
  const query = filter.physician ? `?physician=${encodeURIComponent(filter.physician)}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/activity.html${query}` as '/activity.html') });
  if (typeof window !== 'undefined' && location.pathname.endsWith('/popup.html')) window.close();
}
