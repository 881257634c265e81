import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { seedSamplePortal } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { decodePng, type Pixels, rightEdgeDifference } from './png';
import { waitForSidebar } from './sidebar-frames';

/**
 * Active attacks on the sidebar: a page that acts before and while Rounds runs. Each test is an attack that
 * succeeded against the host as it was before issue #12 (docs/SECURITY.md lists the results).
 */
type Active = { attack: Record<string, (...a: unknown[]) => unknown>; loot: { trapped: string; steals: number } };
const attack = (page: Page, name: string, ...args: unknown[]) =>
  page.evaluate((n, a) => (window as unknown as Active).attack[n]?.(...a), name, args);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const marks = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).length, name).catch(() => 0);

/** Frames of the page that show the attacker's look-alike and are on screen (connected, displayed, visible). */
async function visibleFakes(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const frame of page.frames()) {
    if (!frame.url().includes('/hostile/fake-sidebar.html')) continue;
    const element = await frame.frameElement().catch(() => null);
    const visible = await element
      ?.evaluate((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return el.isConnected && s.display !== 'none' && s.visibility === 'visible' && r.width > 20 && r.height > 20;
      })
      .catch(() => false);
    if (visible) shown.push(frame.url());
  }
  return shown;
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`an active attacker in ${kind}`, () => {
    let session: ExtensionSession;

    beforeAll(async () => {
      session = await launchWithExtension(kind);
      await seedSamplePortal(session.openPage, session.server.origin);
    });
    afterAll(async () => session?.close());

    it('cannot own the host, read its frame or swap the frame before its first load', async () => {
      const page = await session.browser.newPage();
      await page.goto(`${session.server.origin}/hostile/preempt.html`, { waitUntil: 'load' });
      const fakesSeen = new Set<string>();
      const deadline = Date.now() + 8_000;
      while (Date.now() < deadline) {
        for (const url of await visibleFakes(page)) fakesSeen.add(url);
        await sleep(100);
      }
      const stolen = (await page.evaluate(() => (window as unknown as { stolen: unknown }).stolen)) as {
        roots: unknown[];
        srcs: string[];
        internals: number;
        navigated: number;
      };
      console.info(`${kind}: preempt attack ${JSON.stringify({ ...stolen, roots: stolen.roots.length })}`);
      expect(stolen.roots, 'shadow roots the page obtained').toHaveLength(0);
      expect(stolen.internals, 'page constructors run for the host').toBe(0);
      expect(
        stolen.srcs.filter((s) => /sidebar\.html|-extension:/.test(s)),
        'frame URLs the page read',
      ).toEqual([]);
      expect([...fakesSeen], "the attacker's frame on screen inside Rounds' host").toEqual([]);
      // Either the page let a confirmed sidebar through, or Rounds says that the page interferes.
      const confirmed = await marks(page, 'rounds:frame-confirmed');
      const notice = await marks(page, 'rounds:host-interference');
      expect(confirmed + notice).toBeGreaterThan(0);
      await page.close();
    });

    describe('on a page that restyles, covers, moves and takes the keyboard', () => {
      let page: Page;
      let sidebar: Frame;
      let baseline: Pixels;
      const width = 398; // 380 px frame + 18 px handle, the default layout
      const shot = async () => decodePng(await page.screenshot({ type: 'png' }));
      const hit = () => attack(page, 'hit') as Promise<{ onTop: boolean; parent: string | null }>;

      beforeAll(async () => {
        page = await session.browser.newPage();
        await page.setViewport({ width: 1000, height: 700 });
        await page.goto(`${session.server.origin}/hostile/active.html`, { waitUntil: 'load' });
        sidebar = (await waitForSidebar(page, (s) => s.status === 'ready' && s.detected >= 1)).frame;
        await sleep(500);
        baseline = await shot();
      });

      it('still shows the sidebar when the page styles <html> or <body> (transform, clip-path, mask, filter, zoom)', async () => {
        const rules = [
          'html { transform: translateX(100%) scale(0.1) !important; }',
          'html { clip-path: inset(0 100% 0 0) !important; }',
          'html { mask-image: linear-gradient(transparent, transparent) !important; }',
          'html { filter: opacity(0) !important; }',
          'html { opacity: 0 !important; }',
          'html { zoom: 0.2 !important; }',
          'html { content-visibility: hidden !important; }',
          'body { filter: opacity(0) !important; transform: scale(0) !important; }',
        ];
        const failed: string[] = [];
        for (const rule of rules) {
          await attack(page, 'css', rule);
          await sleep(700);
          const difference = rightEdgeDifference(baseline, await shot(), width);
          if (difference > 0.1) failed.push(`${rule} → ${(difference * 100).toFixed(0)} % of the sidebar changed`);
        }
        await attack(page, 'css', '');
        expect(failed).toEqual([]);
      });

      it('rises above a page popover and says so when a modal dialog or full screen blocks it', async () => {
        await attack(page, 'popover');
        await sleep(700);
        expect(await hit(), 'sidebar on top of a page popover').toMatchObject({ onTop: true });
        await attack(page, 'clear');
        for (const overlay of ['modal', 'fullscreen']) {
          const before = await marks(page, 'rounds:host-blocked');
          await attack(page, overlay);
          if (overlay === 'fullscreen') await page.mouse.click(100, 100);
          await sleep(700);
          // Drawn above the page's dialog (the page cannot show a look-alike over it), and the user is told why it
          // does not answer (a modal dialog makes everything else inert).
          expect(
            rightEdgeDifference(baseline, await shot(), width - 40),
            `${overlay}: sidebar still drawn`,
          ).toBeLessThan(0.2);
          expect(await marks(page, 'rounds:host-blocked'), `${overlay}: user told`).toBeGreaterThan(before);
          await attack(page, 'clear');
          await sleep(500);
        }
        expect(await hit()).toMatchObject({ onTop: true });
      });

      it('puts the host back in the top layer after moves, hiding and re-parenting', async () => {
        const failed: string[] = [];
        for (const move of ['hidden', 'transformed', 'shadow', 'first', 'hidePopover', 'noPopover', 'inert']) {
          await attack(page, 'move', move);
          await sleep(600);
          const where = await hit();
          if (!where.onTop || where.parent !== 'HTML') failed.push(`${move}: ${JSON.stringify(where)}`);
        }
        expect(failed).toEqual([]);
        await waitForSidebar(page, (s) => s.status === 'ready' && s.visible);
      });

      it('says so at once when the page takes the keyboard while the user types in the sidebar', async () => {
        // Moves re-parent the host, which reloads its frame: take the sidebar that is there now.
        sidebar = (await waitForSidebar(page, (s) => s.status === 'ready' && s.visible)).frame;
        await page.bringToFront(); // focus events need the window focused (headless Chromium starts unfocused)
        await attack(page, 'stealFocus', 300);
        const search = await sidebar.waitForSelector('input[role=combobox]');
        await search?.click();
        await search?.type('Smi');
        await page.waitForFunction(() => (window as unknown as Active).loot.steals > 0, { timeout: 5_000 });
        const alert = await sidebar.waitForFunction(
          () =>
            [...document.querySelectorAll('[role=alert]')].find((a) =>
              /keyboard focus left rounds/i.test(a.textContent ?? ''),
            )?.textContent,
          { timeout: 1_000 },
        );
        expect(await alert.jsonValue()).toMatch(/goes to the page/i);
      });

      it('cannot tell from report timing whether a name it writes is in the directory (keys mode)', async () => {
        const before = await marks(page, 'rounds:report');
        await attack(page, 'addName', 'Referring provider: Dr. Zebulon Quillfeather');
        await sleep(1_500);
        const afterUnknown = await marks(page, 'rounds:report');
        await attack(page, 'addName', 'Referring provider: Hannah McDonald MD');
        await waitForSidebar(page, (s) => s.status === 'ready' && s.detected >= 2);
        await sleep(1_500);
        const afterKnown = await marks(page, 'rounds:report');
        // One report per change of the page, whatever it names.
        expect([afterUnknown - before, afterKnown - afterUnknown]).toEqual([1, 1]);
      });
    });
  });
}
