import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { captureWindowSince } from './capture-window';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel } from './queries';

const fixture = '/capture/hostile.html';
/** Hidden words of the fixture: none may reach a capture. */
const hiddenWords = ['Zed', 'Victor', 'Olivia', 'Mallory', 'Trudy', 'Oscar', 'Eve', 'Sybil', 'Walter'];

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`capture on a hostile page in ${kind}`, () => {
    let session: ExtensionSession;
    let options: Page;
    let site: Page;

    beforeAll(async () => {
      session = await launchWithExtension(kind);
      options = await session.openPage('options.html');
      site = await session.browser.newPage();
      await site.goto(`${session.server.origin}${fixture}`, { waitUntil: 'load' });
    });
    afterAll(async () => {
      await session?.close();
    });

    /**
     * Selects an element's contents, opens the menu (the browser's copy of the selection is taken and the page's
     * `contextmenu` listeners run) and clicks the item 300 ms later, as a person would.
     */
    async function captureMenu(id: string, what: 'physician' | 'note') {
      await site.evaluate((wanted) => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(wanted) as HTMLElement);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }, id);
      const before = new Set(await session.browser.pages());
      const reply = await sendFromPage(options, 'e2e.capture', { kind: what, url: site.url(), clickAfterMs: 300 });
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, data: { route: 'window' } });
      return { text: (reply.data as { text: string }).text, window: await captureWindowSince(session.browser, before) };
    }

    const value = (page: Page, label: string) =>
      byLabel(page, label).then((f) => f.evaluate((el) => (el as HTMLInputElement | HTMLTextAreaElement).value));

    it('saves the name the menu showed when the page swaps the selection after the menu opened', async () => {
      const { text, window } = await captureMenu('swap', 'physician');
      // The page did swap the text under the selection...
      expect(await site.$eval('#swap', (e) => e.textContent)).toBe('Dr. Mallory Evil, MD');
      // ...but the capture is what the menu showed.
      expect(text).toBe('Dr. Elise Hiza, MD');
      expect(await value(window, 'First name')).toBe('Elise');
      expect(await value(window, 'Last name')).toBe('Hiza');
      await window.close().catch(() => undefined);
    });

    it('drops text hidden in the selection (9 ways of hiding)', async () => {
      const { text, window } = await captureMenu('hidden', 'physician');
      expect(text).toBe('Premila Mathews, MD');
      for (const word of hiddenWords) expect(text).not.toContain(word);
      expect(await value(window, 'First name')).toBe('Premila');
      expect(await value(window, 'Last name')).toBe('Mathews');
      await window.close().catch(() => undefined);
    });

    it('keeps one name per line in a note capture, without the hidden line', async () => {
      const { text, window } = await captureMenu('names', 'note');
      expect(text).toBe('Dr. Elise Hiza\nAmir Steinberg, MD');
      expect(await value(window, 'Note')).not.toContain('Mallory');
      await window.close().catch(() => undefined);
    });
  });
}
