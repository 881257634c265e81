import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../dev/registry-replay/replay-server';
import type { BrowserKind } from './browsers';
import { captureWindowSince } from './capture-window';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole, retype } from './queries';
import { waitForSidebar } from './sidebar-frames';

const fixture = '/capture/staff.html';

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`context-menu capture in ${kind}`, () => {
    let session: ExtensionSession;
    let options: Page;
    let site: Page;
    let registry: ReplayServer;

    beforeAll(async () => {
      registry = await startReplayServer();
      session = await launchWithExtension(kind);
      options = await session.openPage('options.html');
      site = await session.browser.newPage();
      await site.goto(`${session.server.origin}${fixture}`, { waitUntil: 'load' });
    });
    afterAll(async () => {
      await session?.close();
      await registry?.close();
    });

    /** Selects an element's text on the fixture page and runs the menu's capture; returns the window it opened. */
    /** Selects the text of the element with this id (or this exact text) as a person would, then captures it. */
    async function select(page: Page, idOrText: string, what: 'physician' | 'note') {
      await page.evaluate((wanted) => {
        const byText = [...document.querySelectorAll('td, span')].find((e) => e.textContent?.trim() === wanted);
        const range = document.createRange();
        range.selectNodeContents((document.getElementById(wanted) ?? byText) as HTMLElement);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }, idOrText);
      return sendFromPage(options, 'e2e.capture', { kind: what, url: page.url() });
    }

    /** Captures a selection on the fixture page; returns the Rounds window it opened. */
    async function capture(id: string, what: 'physician' | 'note' = 'physician'): Promise<Page> {
      const before = new Set(await session.browser.pages());
      const reply = await select(site, id, what);
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, data: { route: 'window' } });
      return captureWindowSince(session.browser, before);
    }

    const value = (page: Page, label: string) =>
      byLabel(page, label).then((f) => f.evaluate((el) => (el as HTMLInputElement).value));
    const physicianCount = async () =>
      ((await sendFromPage(options, 'app.status', {})).data as { counts: { physicians: number } }).counts.physicians;
    const textOf = async (page: Page, wanted: string) => {
      try {
        await page.waitForFunction((w) => document.body.textContent?.includes(w), { timeout: 10_000 }, wanted);
      } catch {
        throw new Error(`“${wanted}” not in: ${await page.evaluate(() => document.body.textContent)}`);
      }
    };

    it('has both selection menu items', async () => {
      const updated = await options.evaluate(async () => {
        type Menus = { contextMenus: { update: (id: string, p: object) => Promise<void> } };
        const g = globalThis as unknown as { browser?: Menus; chrome: Menus };
        const api = (g.browser ?? g.chrome).contextMenus;
        for (const id of ['rounds-capture-physician', 'rounds-capture-note']) await api.update(id, {});
        return true;
      });
      expect(updated).toBe(true);
    });

    it('saves a confirmed physician from a page selection, with its source', async () => {
      const win = await capture('hiza');
      expect(win.url()).not.toContain('Hiza');
      await byRole(win, 'heading', 'New physician');
      expect(await value(win, 'First name')).toBe('Elise');
      expect(await value(win, 'Last name')).toBe('Hiza');
      expect(await value(win, 'Credentials')).toBe('MD');
      await (await byRole(win, 'button', 'Swap first and last')).click();
      expect(await value(win, 'First name')).toBe('Hiza');
      expect(await value(win, 'Last name')).toBe('Elise');
      await (await byRole(win, 'button', 'Swap first and last')).click();
      expect(await value(win, 'First name')).toBe('Elise');
      await (await byRole(win, 'button', 'Save physician')).click();
      await win.waitForFunction(() =>
        document.querySelector('[role=status]')?.textContent?.includes('Saved Elise Hiza, MD'),
      );
      await textOf(win, 'Source: Lakeside Heart – Our physicians (127.0.0.1');
      await win.close().catch(() => undefined);
      // The options page (opened before the capture) lists it live, with its source.
      await textOf(options, 'Captured from pages');
      await textOf(options, 'Elise Hiza, MD · from Lakeside Heart – Our physicians');
    });

    it('never creates a second record for a known NPI', async () => {
      const first = await capture('steinberg');
      expect(await value(first, 'NPI')).toBe('1396949913');
      await (await byRole(first, 'button', 'Save physician')).click();
      await textOf(first, 'Saved Amir Steinberg, MD');
      await first.close().catch(() => undefined);
      const count = await physicianCount();

      const second = await capture('steinberg');
      await textOf(second, 'Is this Amir Steinberg, MD?');
      expect(await second.$$eval('button', (bs) => bs.map((b) => b.textContent))).not.toContain('Create new');
      await (await byRole(second, 'button', 'Use this physician')).click();
      await textOf(second, 'Using Amir Steinberg, MD, already in Rounds.');
      await second.close().catch(() => undefined);
      expect(await physicianCount()).toBe(count);
    });

    it('asks before creating a same-named physician', async () => {
      const win = await capture('hiza');
      await textOf(win, 'Is this Elise Hiza, MD?');
      await (await byRole(win, 'button', 'Create new')).click();
      await byRole(win, 'heading', 'New physician');
      await win.close().catch(() => undefined);
    });

    it('looks a physician up in the NPI Registry (replay server), with its failures', async () => {
      await options.bringToFront(); // a background tab does not render, and clicks wait for rendering
      await retype(await byLabel(options, 'NPI Registry address'), registry.baseUrl);
      await (await byRole(options, 'button', 'Save registry address')).click();
      await textOf(options, 'NPI Registry address saved');

      const win = await capture('mathews');
      await byRole(win, 'heading', 'New physician');
      const lookUp = async () => (await byRole(win, 'button', 'Look up in NPI Registry')).click();
      await lookUp();
      await textOf(win, 'Filled from the NPI Registry');
      expect(await value(win, 'NPI')).toBe('1154556637');
      expect(await value(win, 'Specialty')).toBe('Family Medicine');
      expect(await value(win, 'Phone')).not.toBe('');
      expect(registry.requests.some((u) => u.searchParams.get('last_name') === 'Mathews')).toBe(true);

      for (const [mode, words] of [
        ['rate-limit', 'busy'],
        ['server-error', 'having trouble'],
      ] as const) {
        registry.setMode(mode);
        await lookUp();
        await win.waitForFunction((w) => document.querySelector('[role=alert]')?.textContent?.includes(w), {}, words);
      }
      registry.setMode('replay');
      await retype(await byLabel(win, 'NPI'), '1234567893');
      await lookUp();
      await win.waitForFunction(() => document.querySelector('[role=alert]')?.textContent?.includes('no one matching'));

      await retype(await byLabel(win, 'NPI'), '1154556637');
      await (await byRole(win, 'button', 'Save physician')).click();
      await textOf(win, 'Saved Premila Mathews, MD — Family Medicine');
      await win.close().catch(() => undefined);
    });

    it('adds a selection to a note about the physician it names', async () => {
      const win = await capture('hiza', 'note');
      const note = await byLabel(win, 'Note');
      expect(await note.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Dr. Elise Hiza, MD');
      await textOf(win, 'Elise Hiza, MD');
      await (await byRole(win, 'button', 'Save note')).click();
      await textOf(win, 'Note saved for Elise Hiza, MD');
      await win.close().catch(() => undefined);
    });

    it('opens the sidebar on the prefilled form when the page is an enabled portal', async () => {
      await options.bringToFront();
      await (await byLabel(options, 'Portal address')).type(`${session.server.origin}/portal/`);
      await (await byRole(options, 'button', 'Add portal')).click();
      await textOf(options, 'enabled on');
      const portal = await session.browser.newPage();
      await portal.goto(`${session.server.origin}/portal/queue.html`, { waitUntil: 'load' });
      await waitForSidebar(portal, (st) => st.status === 'ready');
      const reply = await select(portal, "Dr. Robert O'Brien, DO", 'physician');
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, data: { route: 'sidebar' } });
      const { frame } = await waitForSidebar(portal, (st) => st.status === 'ready');
      const form = await frame.waitForFunction(
        () => {
          const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'New physician');
          const inputs = [...document.querySelectorAll('label')].map((l) => [
            l.textContent,
            l.control && (l.control as HTMLInputElement).value,
          ]);
          return heading ? JSON.stringify(inputs) : null;
        },
        { timeout: 10_000 },
      );
      const fields = new Map(JSON.parse(String(await form.jsonValue())) as [string, string][]);
      expect(fields.get('First name')).toBe('Robert');
      expect(fields.get('Last name')).toBe("O'Brien");
      await portal.close();
    });
  });
}
