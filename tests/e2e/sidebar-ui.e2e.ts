import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { seedSamplePortal } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { named } from './sidebar-frames';

/** The Rounds sidebar frame on a portal page (the iframe sits in a closed shadow root; frames still list it). */
async function sidebarFrame(session: ExtensionSession, page: Page, timeout = 20_000): Promise<Frame> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const frame = page.frames().find((f) => f.url().startsWith(`${session.origin}sidebar.html`));
    if (frame) {
      await frame.waitForFunction(() => document.documentElement.dataset.pageContext === 'ready', { timeout });
      return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('No Rounds sidebar frame on the page');
}

const sectionText = (frame: Frame, heading: string) =>
  frame.evaluate((h: string) => {
    const found = [...document.querySelectorAll('h2')].find((el) => el.textContent === h);
    return found?.closest('section')?.textContent ?? '';
  }, heading);

async function waitForSectionText(frame: Frame, heading: string, text: string): Promise<void> {
  await frame.waitForFunction(
    (h: string, t: string) =>
      [...document.querySelectorAll('h2')]
        .find((el) => el.textContent === h)
        ?.closest('section')
        ?.textContent?.includes(t) ?? false,
    { timeout: 15_000, polling: 100 },
    heading,
    text,
  );
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`sidebar UI in ${kind}`, () => {
    let session: ExtensionSession;
    let portalUrl: string;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      await seedSamplePortal(session.openPage, session.server.origin);
      portalUrl = `${session.server.origin}/demo/index.html`;
    });
    afterAll(async () => session?.close());

    const openPortal = async () => {
      const page = await session.browser.newPage();
      await page.goto(portalUrl, { waitUntil: 'load' });
      return { page, frame: await sidebarFrame(session, page) };
    };

    it('lists the seeded physicians named on the page under On this page', async () => {
      const { page, frame } = await openPortal();
      await named(frame, 'h2', 'On this page');
      for (const name of ['Jane A. Smith, MD, FACC', "Robert O'Brien", 'Priya Raman']) {
        await waitForSectionText(frame, 'On this page', name);
      }
      const items = await frame.$$eval('section[aria-labelledby="on-this-page"] li', (lis) => lis.length);
      expect(items).toBeGreaterThanOrEqual(5);
      await page.close();
    });

    it('saves a note shown in the physician view and Notes on this page, live in a second tab, after reload', async () => {
      const first = await openPortal();
      const second = await openPortal();
      const body = `Asked about echo slots (${kind})`;
      await first.page.bringToFront();
      await (await named(first.frame, 'button', 'Jane A. Smith, MD, FACC')).click();
      await named(first.frame, 'h2', 'Jane A. Smith, MD, FACC');
      await (await named(first.frame, 'textarea', 'Note')).type(body);
      await (await named(first.frame, 'button', 'Save note')).click();
      await first.frame.waitForFunction(() =>
        document.querySelector('[role=status]')?.textContent?.includes('Note saved'),
      );
      await first.frame.waitForFunction(
        (t: string) => document.querySelector('ol.timeline')?.textContent?.includes(t) ?? false,
        {},
        body,
      );
      await waitForSectionText(second.frame, 'Notes on this page', body); // live, no reload
      await (await named(first.frame, 'button', '← Back to list')).click();
      await waitForSectionText(first.frame, 'Notes on this page', body);
      await first.page.reload({ waitUntil: 'load' });
      const reloaded = await sidebarFrame(session, first.page);
      await waitForSectionText(reloaded, 'Notes on this page', body);
      expect(await sectionText(reloaded, 'On this page')).toContain(`Latest note: ${body}`);
      await first.page.close();
      await second.page.close();
    });

    it('keeps a note being typed across a reload (draft in extension storage)', async () => {
      const { page, frame } = await openPortal();
      await (await named(frame, 'button', 'Priya Raman, MD')).click();
      await (await named(frame, 'textarea', 'Note')).type('Unfinished thought');
      await new Promise((r) => setTimeout(r, 800)); // past the autosave debounce
      await page.reload({ waitUntil: 'load' });
      const again = await sidebarFrame(session, page);
      await (await named(again, 'button', 'Priya Raman, MD')).click();
      await again.waitForFunction(
        () => (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value === 'Unfinished thought',
        { timeout: 10_000 },
      );
      await page.close();
    });
  });
}
