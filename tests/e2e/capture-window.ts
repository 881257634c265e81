import type { Browser, Page } from 'puppeteer-core';

/** The Rounds capture window opened since `before` was taken (the pages then), once loaded. */
export async function captureWindowSince(browser: Browser, before: Set<Page>): Promise<Page> {
  // Firefox's BiDi reports extension windows as about:blank: ask each new page where it really is.
  for (let i = 0; i < 100; i++) {
    for (const page of (await browser.pages()).filter((p) => !before.has(p))) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (!href.includes('/capture.html#')) continue;
      await page.waitForFunction(() => document.readyState === 'complete');
      return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the capture window did not open as a page');
}
