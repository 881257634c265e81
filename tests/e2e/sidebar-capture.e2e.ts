import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../dev/registry-replay/replay-server';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole, retype } from './queries';
import { named, waitForSidebar } from './sidebar-frames';

/** Waits until the frame's field labelled `label` holds `value`. */
async function waitForValue(frame: Frame, label: string, value: string): Promise<void> {
  const field = await named(frame, 'input, textarea', label);
  try {
    await frame.waitForFunction((el, v) => (el as HTMLInputElement).value === v, { timeout: 10_000 }, field, value);
  } catch {
    throw new Error(`${label}: “${await field.evaluate((el) => (el as HTMLInputElement).value)}”, not “${value}”`);
  }
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`sidebar captures in ${kind}`, () => {
    let session: ExtensionSession;
    let options: Page;
    let registry: ReplayServer;

    beforeAll(async () => {
      registry = await startReplayServer();
      session = await launchWithExtension(kind);
      options = await session.openPage('options.html');
      expect(await sendFromPage(options, 'demo.seed', {})).toMatchObject({ ok: true });
      expect(await sendFromPage(options, 'demo.enablePortal', { origin: session.server.origin })).toMatchObject({
        ok: true,
      });
      await options.bringToFront();
      await retype(await byLabel(options, 'NPI Registry address'), registry.baseUrl);
      await (await byRole(options, 'button', 'Save registry address')).click();
      await options.waitForFunction(() => document.body.textContent?.includes('NPI Registry address saved'));
    });
    afterAll(async () => {
      await session?.close();
      await registry?.close();
    });

    /** Selects the table cell with this exact text on the portal page and captures it from the menu. */
    async function capture(page: Page, text: string, what: 'physician' | 'note') {
      await page.evaluate((wanted) => {
        const cell = [...document.querySelectorAll('td')].find((e) => e.textContent?.trim() === wanted);
        const range = document.createRange();
        range.selectNodeContents(cell as HTMLElement);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }, text);
      const reply = await sendFromPage(options, 'e2e.capture', { kind: what, url: page.url() });
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, data: { route: 'sidebar' } });
    }

    it('adds a captured physician with the NPI Registry look-up, then adds a captured note to the physician it names', async () => {
      const page = await session.browser.newPage();
      await page.goto(`${session.server.origin}/demo/index.html`, { waitUntil: 'load' });
      await waitForSidebar(page, (s) => s.status === 'ready', 20_000);
      await page.bringToFront();

      await capture(page, 'Nguyen, Minh MD', 'physician');
      let { frame } = await waitForSidebar(page, (s) => s.status === 'ready');
      await named(frame, 'h2', 'New physician');
      await waitForValue(frame, 'Last name', 'Nguyen');
      await (await named(frame, 'input', 'NPI')).type('1154556637');
      await (await named(frame, 'button', 'Look up in NPI Registry')).click();
      await frame
        .waitForFunction(
          () => document.querySelector('[role=status]')?.textContent?.includes('Filled from the NPI Registry'),
          { timeout: 15_000 },
        )
        .catch(async (e) => {
          throw new Error(
            `${e}: ${await frame.evaluate(() => document.querySelector('.registry-lookup')?.textContent)}`,
          );
        });
      await waitForValue(frame, 'Specialty', 'Family Medicine');
      await waitForValue(frame, 'First name', 'Minh');
      await (await named(frame, 'button', 'Save physician')).click();
      await named(frame, 'h2', 'Minh Nguyen, MD');

      await capture(page, 'SMITH, JANE A MD', 'note');
      ({ frame } = await waitForSidebar(page, (s) => s.status === 'ready'));
      await named(frame, 'h2', 'New note');
      await waitForValue(frame, 'Note', 'SMITH, JANE A MD');
      await waitForValue(frame, 'About physician', 'Jane A. Smith, MD, FACC');
      await (await named(frame, 'button', 'Save note')).click();
      await named(frame, 'h2', 'Jane A. Smith, MD, FACC');
      await frame.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Note saved'));
      await frame.waitForFunction(() =>
        document.querySelector('ol.timeline')?.textContent?.includes('SMITH, JANE A MD'),
      );
      await page.close();
    });
  });
}
