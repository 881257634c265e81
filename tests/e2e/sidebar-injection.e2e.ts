import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole } from './queries';
import { hasHost, sidebarFrames, statusOf, waitForSidebar } from './sidebar-frames';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`sidebar injection in ${kind}`, () => {
    let session: ExtensionSession;
    let options: Page;
    const portalUrl = (file: string) => `${session.server.origin}/portal/${file}`;
    const open = async (url: string) => {
      const page = await session.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };

    beforeAll(async () => {
      session = await launchWithExtension(kind);
      options = await session.openPage('options.html');
      expect(await sendFromPage(options, 'demo.seed', {})).toMatchObject({ ok: true });
      // Through the UI, as a liaison would: the e2e build already holds the permission, so no prompt shows.
      await (await byLabel(options, 'Portal address')).type(`${session.server.origin}/portal/`);
      await (await byLabel(options, 'Page-key parameters (optional)')).type('id');
      await (await byRole(options, 'button', 'Add portal')).click();
      await options.waitForFunction(
        () => document.querySelector('[role=status]')?.textContent?.includes('enabled on'),
        {
          timeout: 15_000,
        },
      );
    });
    afterAll(async () => session?.close());

    it('shows an authorized sidebar with detected physicians on an enabled portal only', async () => {
      const queue = await open(portalUrl('queue.html'));
      const { status } = await waitForSidebar(queue, (s) => s.status === 'ready' && s.detected >= 3);
      expect(status.detected).toBe(3); // Smith (twice, NPI too), O'Brien, Raman
      expect(status.visible).toBe(true);
      await queue.close();
      // Same host, outside the portal's path prefix: nothing is injected.
      const outside = await open(`${session.server.origin}/index.html`);
      await settle(1500);
      expect(await hasHost(outside)).toBe(false);
      expect(sidebarFrames(outside)).toHaveLength(0);
      await outside.close();
    });

    it('reads same-origin frames and follows SPA rendering and navigation', async () => {
      const framed = await open(portalUrl('frame.html'));
      await waitForSidebar(framed, (s) => s.status === 'ready' && s.detected === 1);
      await framed.close();
      const spa = await open(portalUrl('spa.html?view=a&id=A-1'));
      const first = await waitForSidebar(spa, (s) => s.status === 'ready' && s.detected === 1);
      expect(first.status.pageKey).toContain('id=A-1');
      await spa.click('#to-b');
      const after = await waitForSidebar(spa, (s) => s.status === 'ready' && s.pageKey.includes('id=B-2'));
      expect(after.status.detected).toBe(1);
      await spa.close();
    });

    it('puts the sidebar back when the page removes or restyles it', async () => {
      const page = await open(portalUrl('tamper.html'));
      await waitForSidebar(page, (s) => s.status === 'ready');
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => (window as unknown as { tamperRounds: () => void }).tamperRounds());
        await settle(200);
      }
      await settle(500);
      const host = await page.evaluate(() => {
        const el = document.querySelector(':root > div[popover]');
        return el && { hidden: el.hasAttribute('hidden'), display: getComputedStyle(el).display };
      });
      expect(host).toEqual({ hidden: false, display: 'flex' });
      await waitForSidebar(page, (s) => s.status === 'ready' && s.visible);
      await page.close();
    });

    it('lets a hostile page learn nothing and cause nothing', async () => {
      const page = await open(portalUrl('hostile.html'));
      const real = await waitForSidebar(page, (s) => s.status === 'ready');
      // Keystrokes typed in the sidebar never reach the page's capture-phase listeners.
      const box = await real.frame.waitForSelector('input');
      await box?.type('Okafor');
      const found = await page.evaluate(() => {
        type Hostile = { keys: string[]; texts: string[]; shadowTexts: string[] };
        const w = window as unknown as { probe: () => Hostile };
        return w.probe();
      });
      expect(found.keys).toEqual([]);
      expect(found.shadowTexts).toEqual([]);
      expect(found.texts.join(' ')).not.toMatch(/Okafor|Search physicians|On this page/);
      // Forged window messages (hello with a nonce, close, toggle) changed nothing.
      await settle(500);
      expect(await statusOf(real.frame)).toMatchObject({ status: 'ready', visible: true });
      // The page embeds sidebar.html itself (with a made-up nonce): it never gets data.
      await page.evaluate(
        (url) => (window as unknown as { embedSidebar: (u: string) => void }).embedSidebar(url),
        `${session.origin}sidebar.html#${'a'.repeat(32)}`,
      );
      await settle(2500);
      const statuses = await Promise.all(sidebarFrames(page).map((f) => statusOf(f).catch(() => null)));
      expect(statuses.filter((s) => s?.status === 'ready')).toHaveLength(1);
      await page.close();
    });

    it('finds the same physicians with text mode (matching in the background, as for large directories)', async () => {
      expect(await sendFromPage(options, 'portal.detectionMode', { mode: 'text' })).toMatchObject({ ok: true });
      try {
        const queue = await open(portalUrl('queue.html'));
        const { status } = await waitForSidebar(queue, (s) => s.status === 'ready' && s.detected >= 3);
        expect(status.detected).toBe(3);
        await queue.evaluate(() => document.querySelector('tbody tr')?.remove()); // drops SMITH, JANE A (NPI row stays)
        await settle(600);
        expect((await waitForSidebar(queue, (s) => s.status === 'ready')).status.detected).toBe(3);
        await queue.evaluate(() =>
          [...document.querySelectorAll('tr')].find((r) => r.textContent?.includes('RAMAN'))?.remove(),
        );
        await waitForSidebar(queue, (s) => s.status === 'ready' && s.detected === 2);
        await queue.close();
        const framed = await open(portalUrl('frame.html'));
        await waitForSidebar(framed, (s) => s.status === 'ready' && s.detected === 1);
        await framed.close();
        const spa = await open(portalUrl('spa.html?view=a&id=A-1'));
        await waitForSidebar(spa, (s) => s.status === 'ready' && s.detected === 1);
        await spa.click('#to-b');
        const after = await waitForSidebar(spa, (s) => s.status === 'ready' && s.pageKey.includes('id=B-2'));
        expect(after.status.detected).toBe(1);
        await spa.close();
      } finally {
        await sendFromPage(options, 'portal.detectionMode', { mode: 'auto' });
      }
    });

    it('Remove disables the portal: the sidebar leaves open pages and new ones', async () => {
      const page = await open(portalUrl('queue.html'));
      await waitForSidebar(page, (s) => s.status === 'ready');
      await options.bringToFront();
      await (await byRole(options, 'button', 'Remove')).click();
      await options.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Removed'));
      await page.waitForFunction(() => document.querySelector(':root > div[popover]') === null, { timeout: 10_000 });
      const again = await open(portalUrl('queue.html'));
      await settle(1500);
      expect(await hasHost(again)).toBe(false);
      await again.close();
      await page.close();
    });
  });
}
