import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byRole } from './queries';

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`first run in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
    });
    afterAll(async () => session?.close());

    it('opens the welcome page on install', async () => {
      const welcome = `${session.origin}welcome.html`;
      const deadline = Date.now() + 15_000;
      let urls: string[] = [];
      while (Date.now() < deadline) {
        // Firefox's BiDi reports an extension-opened tab as about:blank: ask each page where it is.
        const pages = await session.browser.pages();
        urls = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => p.url())));
        if (urls.includes(welcome)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(urls).toContain(welcome);
    });

    it('adds the sample directory, then removes it in one click', async () => {
      const page = await session.openPage('welcome.html');
      expect(await page.title()).toBe('Welcome to Rounds');
      const status = (text: string) =>
        page.waitForFunction((t) => document.querySelector('[role=status]')?.textContent?.includes(t), {}, text);
      await (await byRole(page, 'button', 'Add sample data')).click();
      await status('Added 6 fictional physicians');
      await page.close();
      // The directory really holds them: the popup no longer says it is empty.
      const popup = await session.openPage('popup.html');
      await popup.waitForSelector('h2');
      await new Promise((r) => setTimeout(r, 500));
      expect(await popup.evaluate(() => document.body.textContent)).not.toContain('Your directory is empty');
      await popup.close();
      const again = await session.openPage('welcome.html');
      await (await byRole(again, 'button', 'Remove sample data')).click();
      await again.waitForFunction(() =>
        document.querySelector('[role=status]')?.textContent?.includes('Removed 6 sample physicians'),
      );
      await again.close();
      const empty = await session.openPage('popup.html');
      await empty.waitForFunction(() => document.body.textContent?.includes('Your directory is empty'));
      await empty.close();
    });
  });
}
