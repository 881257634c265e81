import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole, retype } from './queries';

/** A local YYYY-MM-DD `days` before today, as the browser sees it. */
const localDayAgo = (page: Page, days: number) =>
  page.evaluate((d: number) => {
    const t = new Date(Date.now() - d * 86_400_000);
    return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  }, days);

/** Sets a date field the way a date picker does (typing into date inputs differs between browsers). */
async function setDate(field: ElementHandle<Element>, day: string): Promise<void> {
  await field.evaluate((el, value) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
}

const total = (page: Page) => page.$eval('[data-testid="referral-total"]', (el) => el.textContent ?? '');

async function waitForTotal(page: Page, expected: string): Promise<void> {
  await page.waitForFunction(
    (t: string) => document.querySelector('[data-testid="referral-total"]')?.textContent === t,
    { timeout: 15_000, polling: 100 },
    expected,
  );
}

/** `New referral` on the dashboard: picks the physician by type-ahead, fills the form, saves; the card opens. */
async function newReferral(
  page: Page,
  who: { typed: string; name: string },
  fields: { ref: string; service: string; daysAgo?: number },
) {
  await (await byRole(page, 'button', 'New referral')).click();
  const picker = await byLabel(page, 'Referring physician');
  await picker.click();
  await picker.type(who.typed);
  const option = await page.waitForFunction(
    (name: string) =>
      [...document.querySelectorAll('[role=option]')].find((o) => o.textContent?.includes(name)) ?? null,
    { timeout: 10_000, polling: 100 },
    who.name,
  );
  await (option as ElementHandle<Element>).click();
  await retype(await byLabel(page, 'Patient reference'), fields.ref);
  await retype(await byLabel(page, 'Service'), fields.service);
  if (fields.daysAgo) await setDate(await byLabel(page, 'Received'), await localDayAgo(page, fields.daysAgo));
  await (await byRole(page, 'button', 'Save referral')).click();
  await byRole(page, 'article', `Referral from ${who.name}`);
}

async function moveTo(page: Page, status: string, label: string): Promise<void> {
  const select = await byLabel(page, 'Move to…');
  await select.select(status);
  await (await byRole(page, 'button', 'Move')).click();
  await page.waitForFunction(
    (l: string) => document.querySelector('article [role=status]')?.textContent?.includes(`Moved to ${l}`) ?? false,
    { timeout: 10_000, polling: 100 },
    label,
  );
}

const robert = { typed: "o'brien", name: "Robert O'Brien, DO" };
const jane = { typed: 'smith', name: 'Jane A. Smith, MD, FACC' };

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`referrals and the dashboard in ${kind}`, () => {
    let session: ExtensionSession;
    let dashboard: Page;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      const options = await session.openPage('options.html');
      expect(await sendFromPage(options, 'demo.seed', {})).toMatchObject({ ok: true });
      await byRole(options, 'link', 'Referral dashboard');
      dashboard = await session.openPage('dashboard.html');
      await waitForTotal(dashboard, '0');
    });
    afterAll(async () => session?.close());

    it('warns about an identifying patient reference as it is typed', async () => {
      await (await byRole(dashboard, 'button', 'New referral')).click();
      await retype(await byLabel(dashboard, 'Patient reference'), 'John Smith');
      await dashboard.waitForFunction(() => document.querySelector('.warning')?.textContent?.includes('name'));
      await (await byRole(dashboard, 'button', 'Cancel')).click();
    });

    it('flags a referrer who stopped referring (seeded through the form, with past received days)', async () => {
      for (const daysAgo of [160, 140, 120, 100]) {
        await newReferral(dashboard, robert, { ref: 'MRN 00451', service: 'Primary care', daysAgo });
      }
      await waitForTotal(dashboard, '4');
      const table = await byRole(dashboard, 'table', 'Declining referrers (1)');
      expect(await table.evaluate((t) => t.textContent)).toContain("Robert O'Brien");
    });

    it('creates a referral, moves it through its statuses with a follow-up to update the office, counted on the dashboard', async () => {
      await newReferral(dashboard, jane, { ref: 'J.D.', service: 'Cardiology' });
      await waitForTotal(dashboard, '5');
      await moveTo(dashboard, 'scheduled', 'Scheduled');
      const message = await dashboard.waitForFunction(
        () => document.querySelector('.loop-message')?.textContent ?? '',
        { timeout: 10_000 },
      );
      const text = (await message.jsonValue()) as string;
      expect(text).toMatch(/^Your patient J\.D\. referred on .+ was scheduled on .+ with Cardiology$/);
      await byRole(dashboard, 'button', 'Copy message');
      await moveTo(dashboard, 'seen', 'Seen');
      await moveTo(dashboard, 'report-sent', 'Report sent');
      await moveTo(dashboard, 'closed', 'Closed');
      const history = await byRole(dashboard, 'table', 'History');
      expect(await history.evaluate((t) => t.querySelectorAll('tbody tr').length)).toBe(5);

      const popup = await session.openPage('popup.html');
      await byRole(popup, 'heading', 'Due follow-ups');
      await popup.waitForFunction(
        () => document.querySelector('section.due')?.textContent?.includes('Your patient J.D. referred on'),
        { timeout: 15_000, polling: 200 },
      );
      expect(await popup.$eval('section.due', (s) => s.textContent)).toContain('Jane A. Smith, MD, FACC');
      await popup.close();

      // A filter change recomputes from memory.
      await (await byLabel(dashboard, 'Service line')).select('Cardiology');
      await waitForTotal(dashboard, '1');
      expect(await total(dashboard)).toBe('1');
    });
  });
}
