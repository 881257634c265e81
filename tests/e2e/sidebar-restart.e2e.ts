import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { statusOf, waitForSidebar } from './sidebar-frames';

/** Chromium: stops the extension's MV3 service worker (as Chrome does when it is idle) and waits until it is gone. */
async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const target = await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(session.origin),
  );
  const worker = await target.worker();
  await worker?.close();
  await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(session.origin) && t !== target,
    { timeout: 15_000 },
  );
}

/** Saves a note from the sidebar and waits for the sidebar's own confirmation. */
async function saveNote(frame: Frame, body: string): Promise<void> {
  const click = (selector: string, text: string) =>
    frame.waitForFunction(
      (sel: string, t: string) => {
        const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => e.textContent?.trim() === t);
        el?.click();
        return el !== undefined;
      },
      { timeout: 10_000, polling: 100 },
      selector,
      text,
    );
  await click('button', 'Jane A. Smith, MD, FACC');
  const box = await frame.waitForSelector('textarea');
  await box?.type(body);
  await click('button', 'Save note');
  // Any live region may announce it (the sidebar has several); under a loaded full run allow 20 s.
  await frame
    .waitForFunction(
      () => [...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.includes('Note saved')),
      { timeout: 20_000, polling: 100 },
    )
    .catch(async (e) => {
      const state = await frame.evaluate(() => ({
        text: (document.body.textContent ?? '').slice(0, 1500),
        areas: [...document.querySelectorAll('textarea')].map((t) => t.value),
        statuses: [...document.querySelectorAll('[role=status],[role=alert]')].map((t) => t.textContent),
      }));
      console.error('DEBUG saveNote', JSON.stringify(state));
      throw e;
    });
}

const dropRow = (page: Page, text: string) =>
  page.evaluate(
    (t: string) => [...document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes(t))?.remove(),
    text,
  );

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`sidebar across a background restart in ${kind}`, () => {
    let session: ExtensionSession;
    let options: Page;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      options = await session.openPage('options.html');
      expect(await sendFromPage(options, 'demo.seed', {})).toMatchObject({ ok: true });
      expect(await sendFromPage(options, 'demo.enablePortal', { origin: session.server.origin })).toMatchObject({
        ok: true,
      });
    });
    afterAll(async () => session?.close());

    for (const mode of ['keys', 'text'] as const) {
      // Firefox MV2 keeps a persistent background page (never stopped): the same assertions run without the stop.
      it(`stays authorized, follows the page and saves notes (${mode} mode)`, async () => {
        expect(await sendFromPage(options, 'portal.detectionMode', { mode })).toMatchObject({ ok: true });
        const page = await session.browser.newPage();
        await page.goto(`${session.server.origin}/demo/index.html`, { waitUntil: 'load' });
        const before = await waitForSidebar(page, (s) => s.status === 'ready' && s.detected >= 5);
        if (kind === 'chromium') await stopServiceWorker(session);
        // The sidebar reconnects with the same nonce; the restored mount (tab + frame bound) accepts it.
        await new Promise((r) => setTimeout(r, 1500));
        expect(await statusOf(before.frame)).toMatchObject({ status: 'ready', pageKey: before.status.pageKey });
        await dropRow(page, 'RAMAN');
        const after = await waitForSidebar(
          page,
          (s) => s.status === 'ready' && s.detected === before.status.detected - 1,
        );
        expect(after.frame).toBe(before.frame);
        // Headless Chromium does not render background tabs; clicks there can stall.
        await page.bringToFront();
        await saveNote(after.frame, `After a restart (${kind}, ${mode})`);
        await page.close();
      });
    }
  });
}
