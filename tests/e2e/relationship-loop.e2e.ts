import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { seedSamplePortal } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole, retype } from './queries';
import { waitForSidebar } from './sidebar-frames';

const jane = 'Jane A. Smith, MD, FACC';
const attendees = [
  { typed: 'smith', name: jane },
  { typed: 'raman', name: 'Priya Raman, MD' },
  { typed: "o'brien", name: "Robert O'Brien, DO" },
];

const waitForText = (where: Page, text: string, timeout = 15_000) =>
  where.waitForFunction((t: string) => document.body.textContent?.includes(t), { timeout, polling: 100 }, text);

/** Sets a date field's value the way a date picker does (typing into date inputs differs between browsers). */
async function setDate(field: ElementHandle<Element>, day: string): Promise<void> {
  await field.evaluate((el, value) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
}
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** Types a name into a type-ahead, waits for the suggestion, ArrowDown to the first and Enter. */
async function pick(page: Page, field: ElementHandle<Element>, typed: string, name: string): Promise<void> {
  await field.click();
  await field.type(typed);
  await page.waitForFunction(
    (n: string) => document.querySelector('[role=listbox]:not([hidden]) [role=option]')?.textContent?.includes(n),
    { timeout: 10_000, polling: 100 },
    name,
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The text of the table row (in the table with this caption) whose first cell includes `name`. */
const rowText = (page: Page, caption: string, name: string) =>
  page.evaluate(
    (c: string, n: string) => {
      const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent?.includes(c));
      const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find((r) => r.textContent?.includes(n));
      return row?.textContent ?? '';
    },
    caption,
    name,
  );

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`the relationship loop in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      await seedSamplePortal(session.openPage, session.server.origin);
    });
    afterAll(async () => session?.close());

    it('creates a program, presents it in a quick-log with a concern, and shows it on the glance card', async () => {
      const options = await session.openPage('options.html');
      await byRole(options, 'heading', 'Programs');
      await (await byRole(options, 'button', 'Add program')).click();
      await (await byLabel(options, 'Program name')).type('HEART-FAST trial');
      await (await byLabel(options, 'Service line')).type('Cardiology');
      await (await byLabel(options, 'Talking points')).type('Enrolling adults with new atrial fibrillation.');
      await (await byRole(options, 'button', 'Save program')).click();
      await waitForText(options, 'Program HEART-FAST trial saved.');
      await options.close();

      const popup = await session.openPage('popup.html');
      await pick(popup, await byLabel(popup, 'Physician'), 'smith', jane);
      const group = await byRole(popup, 'group', 'Programs presented');
      const chip = await popup.waitForFunction(
        (g: Element) => [...g.querySelectorAll('button')].find((b) => b.textContent === 'HEART-FAST trial') ?? null,
        { timeout: 10_000, polling: 100 },
        group,
      );
      await (chip as ElementHandle<Element>).click();
      await (await byLabel(popup, 'Satisfaction')).select('4');
      await (await byLabel(popup, 'Concern raised')).select('scheduling-delay');
      await (await byLabel(popup, 'Concern')).type('MRI waits are three weeks');
      await (await byLabel(popup, 'Department')).type('Radiology');
      await (await byRole(popup, 'button', 'Log outreach')).click();
      await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('Logged'), {
        timeout: 10_000,
      });
      await popup.close();

      const portal = await session.browser.newPage();
      await portal.goto(`${session.server.origin}/demo/index.html`, { waitUntil: 'load' });
      const { frame } = await waitForSidebar(portal, (s) => s.status === 'ready' && s.detected >= 4, 20_000);
      await frame.waitForFunction(
        (name: string) =>
          [...document.querySelectorAll('.glance-card')].some(
            (card) => card.textContent?.includes(name) && card.textContent.includes('Heard: HEART-FAST trial'),
          ),
        { timeout: 15_000, polling: 100 },
        jane,
      );
      await portal.close();
    });

    it('resolves the concern from Open concerns, reports it back, and counts it in the report', async () => {
      const activity = await session.openPage('activity.html');
      await byRole(activity, 'heading', 'Open concerns');
      const item = await byRole(activity, 'listitem', `Concern from ${jane}`);
      await (await item.waitForSelector('button'))?.click();
      await (await byLabel(activity, 'Resolution')).type('Saturday MRI slots opened');
      await (await byRole(activity, 'button', 'Save resolution')).click();
      await waitForText(activity, 'Concern saved as resolved.');
      // Resolved but not yet told: still listed, to report back.
      const again = await byRole(activity, 'listitem', `Concern from ${jane}`);
      expect(await again.evaluate((el) => el.textContent)).toContain('to report back');
      await (await again.waitForSelector('button'))?.click();
      await setDate(await byLabel(activity, 'Reported back'), await today(activity));
      await (await byRole(activity, 'button', 'Save resolution')).click();
      await activity.waitForFunction(
        (name: string) => ![...document.querySelectorAll('.concern-item')].some((li) => li.textContent?.includes(name)),
        { timeout: 10_000, polling: 100 },
        jane,
      );
      await activity.close();

      const dashboard = await session.openPage('dashboard.html');
      await byRole(dashboard, 'heading', 'Voice of the referrer');
      await dashboard.waitForFunction(
        () => document.querySelector('.voice-summary')?.textContent?.includes('1 reported back'),
        { timeout: 15_000, polling: 100 },
      );
      const row = await rowText(dashboard, 'Concerns by department and category', 'Radiology');
      expect(row).toBe('RadiologyScheduling delay11');
      await dashboard.close();
    });

    it('logs an event with three attendees: three touches, and their ledger totals move', async () => {
      const dashboard = await session.openPage('dashboard.html');
      await byRole(dashboard, 'heading', 'Compliance ledger');
      const before = await Promise.all(attendees.map((a) => rowText(dashboard, 'Meals and gifts', a.name)));
      await dashboard.close();

      const activity = await session.openPage('activity.html');
      await (await byRole(activity, 'button', 'Log event')).click();
      await (await byLabel(activity, 'Event type')).select('cme-dinner');
      await setDate(await byLabel(activity, 'Event date'), await today(activity));
      for (const a of attendees) {
        await pick(activity, await byLabel(activity, 'Attendees'), a.typed, a.name);
        await byRole(activity, 'button', `Remove ${a.name} from attendees`);
      }
      await retype(await byLabel(activity, 'Cost'), '300');
      await (await byRole(activity, 'button', 'Save event')).click();
      await waitForText(activity, 'Logged the event and 3 outreach touches.');
      await activity.close();

      const after = await session.openPage('dashboard.html');
      await byRole(after, 'heading', 'Compliance ledger');
      for (const [i, a] of attendees.entries()) {
        await after.waitForFunction(
          (n: string) =>
            [...document.querySelectorAll('table')]
              .find((t) => t.caption?.textContent?.includes('Meals and gifts'))
              ?.textContent?.includes(n),
          { timeout: 15_000, polling: 100 },
          a.name,
        );
        const row = await rowText(after, 'Meals and gifts', a.name);
        expect(row, a.name).not.toBe(before[i]);
        // $300 over three attendees: $100.00 each from events.
        expect(row, a.name).toContain('100.00');
      }
      await after.close();
    });

    it('records a referral lost to a competitor, shown in the leakage table', async () => {
      const dashboard = await session.openPage('dashboard.html');
      await (await byRole(dashboard, 'button', 'New referral')).click();
      const picker = await byLabel(dashboard, 'Referring physician');
      await picker.click();
      await picker.type('raman');
      const option = await dashboard.waitForFunction(
        () =>
          [...document.querySelectorAll('[role=option]')].find((o) => o.textContent?.includes('Priya Raman')) ?? null,
        { timeout: 10_000, polling: 100 },
      );
      await (option as ElementHandle<Element>).click();
      await retype(await byLabel(dashboard, 'Service'), 'Orthopaedics');
      await (await byLabel(dashboard, 'Status')).select('lost');
      await (await byLabel(dashboard, 'Lost to')).type('Mercy Bone and Joint');
      await (await byLabel(dashboard, 'Lost reason')).select('access-wait');
      await (await byRole(dashboard, 'button', 'Save referral')).click();
      await byRole(dashboard, 'heading', 'Leakage');
      await dashboard.waitForFunction(
        () =>
          [...document.querySelectorAll('table')]
            .find((t) => t.caption?.textContent?.includes('Lost referrals by competitor'))
            ?.textContent?.includes('Mercy Bone and Joint'),
        { timeout: 15_000, polling: 100 },
      );
      expect(await rowText(dashboard, 'Lost referrals by competitor', 'Mercy Bone and Joint')).toBe(
        'Mercy Bone and JointOrthopaedicsAccess or wait time1',
      );
      await dashboard.close();
    });
  });
}
