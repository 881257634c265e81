import { browser } from 'wxt/browser';

/** The URL path a test opens on the local fixture server to ask for an extension page (e2e build only). */
export const e2eOpenPath = '/__rounds-e2e/open/';

/**
 * Firefox's WebDriver BiDi will not navigate a tab to moz-extension:// URLs, but an extension may navigate its
 * own tabs there. In the e2e build only (it is compiled out of production builds), a tab that loads
 * http://127.0.0.1:PORT/__rounds-e2e/open/options.html is sent to the extension's options.html.
 */
export function startE2eBridge(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const url = new URL(change.url);
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) || !url.pathname.startsWith(e2eOpenPath)) return;
    const file = url.pathname.slice(e2eOpenPath.length);
    if (!/^[a-z-]+\.html$/.test(file)) return;
    void browser.tabs.update(tabId, {
      url: browser.runtime.getURL(`/${file}${url.search}${url.hash}` as '/popup.html'),
    });
  });
}
