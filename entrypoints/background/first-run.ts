import { browser } from 'wxt/browser';

/** On a fresh install (not an update or a browser update), the welcome page opens once in a new tab. */
export function startFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
