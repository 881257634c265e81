import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole } from './queries';

/** The toolbar badge text, read from an extension page (action in Chrome MV3, browserAction in Firefox MV2). */
function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Badge = { getBadgeText: (d: object) => Promise<string> };
    const g = globalThis as unknown as {
      browser?: { action?: Badge; browserAction?: Badge };
      chrome?: { action?: Badge };
    };
    const api = g.browser?.action ?? g.browser?.browserAction ?? g.chrome?.action;
    if (!api) throw new Error('no action API');
    return api.getBadgeText({});
  });
}

const statusText = (page: Page) => page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '');

async function openPopup(session: ExtensionSession): Promise<Page> {
  const page = await session.openPage('popup.html');
  await page.bringToFront();
  const input = await byLabel(page, 'Physician');
  await page.waitForFunction((el) => document.activeElement === el, {}, input);
  return page;
}

/** Types into Physician, waits until the wanted suggestion is first (or last), moves there with ArrowDown, Enter chooses. */
async function choose(page: Page, typed: string, expected: string, where: 'first' | 'last' = 'first'): Promise<void> {
  await page.keyboard.type(typed);
  const count = await page.waitForFunction(
    (t, w) => {
      const options = [...document.querySelectorAll('[role=listbox] [role=option]')];
      const target = w === 'first' ? options[0] : options[options.length - 1];
      return target?.textContent?.includes(t) ? options.length : 0;
    },
    {},
    expected,
    where,
  );
  const downs = where === 'first' ? 1 : ((await count.jsonValue()) as number);
  for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await byRole(page, 'button', `Remove ${expected}`);
}

async function setFollowUpToday(page: Page): Promise<void> {
  const field = await byLabel(page, 'Follow-up date');
  await field.evaluate((el) => {
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, day);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`popup quick-log in ${kind}`, () => {
    let session: ExtensionSession;
    let options: Page;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      options = await session.openPage('options.html');
      expect(await sendFromPage(options, 'demo.seed', {})).toMatchObject({ ok: true });
    });
    afterAll(async () => session?.close());

    it('logs an outreach for an existing physician with the keyboard only', async () => {
      const page = await openPopup(session);
      await choose(page, 'smith', 'Jane A. Smith, MD, FACC');
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Logged'));
      expect(await statusText(page)).toContain('Jane A. Smith, MD, FACC');
      await page.close();
    });

    it('logs one outreach for several physicians with a follow-up due today, counted on the badge until done', async () => {
      const page = await openPopup(session);
      await choose(page, 'raman', 'Priya Raman, MD');
      await choose(page, 'okafor', 'Grace Okafor, PA-C');
      await (await byLabel(page, 'Activity')).select('lunch-and-learn');
      await (await byLabel(page, 'Notes')).type('Lunch and learn on the new MRI slots');
      await setFollowUpToday(page);
      await (await byRole(page, 'button', 'Log outreach')).click();
      await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Logged'));
      expect(await statusText(page)).toContain('Priya Raman, MD, Grace Okafor, PA-C');

      await page.waitForFunction(() => document.querySelector('.due')?.textContent?.includes('Priya Raman'));
      await options.waitForFunction(
        async () => {
          type Badge = { getBadgeText: (d: object) => Promise<string> };
          const g = globalThis as unknown as {
            browser?: { action?: Badge; browserAction?: Badge };
            chrome?: { action?: Badge };
          };
          const api = g.browser?.action ?? g.browser?.browserAction ?? g.chrome?.action;
          return (await api?.getBadgeText({})) === '1';
        },
        { polling: 200, timeout: 10_000 },
      );
      await (await byRole(page, 'button', 'Done: Priya Raman, MD')).click();
      await page.waitForFunction(() => !document.querySelector('.due')?.textContent?.includes('Priya Raman'));
      await options.waitForFunction(
        async () => {
          type Badge = { getBadgeText: (d: object) => Promise<string> };
          const g = globalThis as unknown as {
            browser?: { action?: Badge; browserAction?: Badge };
            chrome?: { action?: Badge };
          };
          const api = g.browser?.action ?? g.browser?.browserAction ?? g.chrome?.action;
          return (await api?.getBadgeText({})) === '';
        },
        { polling: 200, timeout: 10_000 },
      );
      expect(await badgeText(options)).toBe('');
      await page.close();
    });

    it('adds a new physician on the spot and keeps the record when the popup closes right after Log outreach', async () => {
      const page = await openPopup(session);
      await choose(page, 'Zed Quill MD', 'Zed Quill, MD', 'last');
      await (await byRole(page, 'button', 'Log outreach')).click();
      await page.close();

      const activity = await session.openPage('activity.html');
      await activity.waitForFunction(() => document.body.textContent?.includes('Zed Quill, MD'), { timeout: 10_000 });
      const again = await openPopup(session);
      await again.keyboard.type('quill');
      await again.waitForFunction(() =>
        [...document.querySelectorAll('[role=listbox] [role=option]')].some(
          (o) => o.textContent?.includes('Zed Quill, MD') && !o.textContent.includes('Add'),
        ),
      );
      await again.close();
      await activity.close();
    });
  });
}
