import ICAL from 'ical.js';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { seedSamplePortal } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel } from './queries';
import { waitForSidebar } from './sidebar-frames';

// The browsers run in a zone with DST, so "DTSTART in the user's time zone" is checked against a real one.
const zone = 'America/New_York';
process.env.TZ = zone;
const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: zone }).format(new Date());
const addresses = [
  '9 Mill Ln, Eastport, OH 44010',
  '120 Shore Rd, Riverton, OH 44001',
  '48 Maple St, Riverton, OH 44002',
];

/** A control in a page or frame by its accessible text (aria-label, label or content), case-insensitive. */
async function control(where: Page | Frame, selector: string, name: string): Promise<ElementHandle<Element>> {
  const handle = await where.waitForFunction(
    (sel: string, wanted: string, scope: string) => {
      const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      const root = scope ? document.querySelector(scope) : document;
      for (const el of root?.querySelectorAll(sel) ?? []) {
        const label = (el as HTMLInputElement).labels?.[0]?.textContent;
        if ([el.getAttribute('aria-label'), label, el.textContent].some((t) => norm(t) === norm(wanted))) return el;
      }
      return null;
    },
    { timeout: 15_000, polling: 100 },
    selector.split('|')[1] ?? selector,
    name,
    selector.includes('|') ? (selector.split('|')[0] ?? '') : '',
  );
  return handle as ElementHandle<Element>;
}
const click = async (where: Page | Frame, selector: string, name: string) =>
  (await control(where, selector, name)).click();
const textOf = (where: Page | Frame) => where.evaluate(() => document.body.textContent ?? '');
const waitForText = (where: Page | Frame, text: string) =>
  where.waitForFunction((t: string) => document.body.textContent?.includes(t), { timeout: 15_000, polling: 100 }, text);

/** The last file the page saved (the e2e build keeps the Blob the user would get on window). */
async function lastSaved(page: Page): Promise<string> {
  await page.waitForFunction(() => Boolean((window as { roundsLastSavedFile?: unknown }).roundsLastSavedFile), {
    timeout: 15_000,
  });
  return page.evaluate(() =>
    (window as unknown as { roundsLastSavedFile: { blob: Blob } }).roundsLastSavedFile.blob.text(),
  );
}

/** Parses an .ics file with ical.js, registering its own VTIMEZONE as a calendar app does. */
function eventsOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** In the sidebar: opens a physician, ticks today's office day (and adds a staff member when asked), saves. */
async function editOffice(frame: Frame, name: string, staff?: string) {
  await click(frame, 'button', name);
  await click(frame, 'button', 'Edit details');
  if (staff) {
    await click(frame, 'button', 'Add staff member');
    await (await byLabel(frame as unknown as Page, 'Staff name')).type(staff);
    await (await byLabel(frame as unknown as Page, 'Staff role')).select('front-desk');
    await (await byLabel(frame as unknown as Page, 'Staff phone')).type('555-010-2212');
  }
  await click(frame, 'fieldset.office-days|input[type=checkbox]', weekday);
  await click(frame, 'button', 'Save physician');
  await waitForText(frame, 'Details saved.');
  await click(frame, 'button', '← Back to list');
}

// Firefox opens each extension page through the e2e build's redirect, which can take its 30 s navigation wait:
// the two tests that open several pages get two minutes.
for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`field day in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      await seedSamplePortal(session.openPage, session.server.origin);
    });
    afterAll(async () => session?.close());

    it('edits staff and office days in the sidebar and shows them on the glance card', async () => {
      const page = await session.browser.newPage();
      await page.goto(`${session.server.origin}/demo/index.html`, { waitUntil: 'load' });
      const { frame } = await waitForSidebar(page, (s) => s.status === 'ready' && s.detected >= 4, 20_000);
      await editOffice(frame, 'Jane A. Smith, MD, FACC', 'Luz Ortega');
      await editOffice(frame, "Robert O'Brien, DO");
      await editOffice(frame, 'Luis M. de la Cruz, MD, FACS');
      await waitForText(frame, 'In today at Main · Referral coordinator: Mona Reyes · Never visited');
      expect(await textOf(frame)).toContain('Luz Ortega (Front desk)');
      expect(await control(frame, 'button', 'Plan my day')).toBeTruthy();
      await page.close();
    });

    it('plans a day with three stops, opens the route, logs one done, and downloads a valid .ics', async () => {
      const page = await session.openPage('plan.html');
      await control(page, 'h1', 'Plan my day');
      const add = async (name: string) => {
        const item = await page.waitForFunction(
          (n: string) => [...document.querySelectorAll('.candidates li')].find((li) => li.textContent?.includes(n)),
          { timeout: 15_000 },
          name,
        );
        await (await (item as ElementHandle<Element>).$('button'))?.click();
        await waitForText(page, `Added ${name} to the plan.`);
      };
      await add('Jane A. Smith, MD, FACC');
      await add("Robert O'Brien, DO");
      await add('Luis M. de la Cruz, MD, FACS');
      // Keyboard order: Luis to the top (two moves up), Robert last.
      const order = () => page.$$eval('.stops li h3', (hs) => hs.map((h) => h.textContent ?? ''));
      for (const position of [2, 1]) {
        await (await control(page, 'button', 'Move Luis M. de la Cruz, MD, FACS up')).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (p: number) => document.querySelectorAll('.stops li h3')[p - 1]?.textContent?.includes('Luis') ?? false,
          { timeout: 10_000 },
          position,
        );
      }
      expect(await order()).toEqual([
        '1. Luis M. de la Cruz, MD, FACS',
        '2. Jane A. Smith, MD, FACC',
        "3. Robert O'Brien, DO",
      ]);
      const route = await page.evaluate(() => {
        const field = [...document.querySelectorAll('input')].find((i) => i.labels?.[0]?.textContent === 'Route link');
        return field?.value ?? '';
      });
      const url = new URL(route);
      expect([
        url.searchParams.get('origin'),
        url.searchParams.get('waypoints'),
        url.searchParams.get('destination'),
      ]).toEqual(addresses);
      // Open route opens the maps site in a new tab (the user's click; this machine has no internet, the URL is enough).
      // Firefox shows its offline error page for it, with the address it was asked for in `u`.
      const asked = (url: string) =>
        url.startsWith('about:neterror') ? (new URL(url).searchParams.get('u') ?? '') : url;
      const opened = session.browser.waitForTarget(
        (t) => asked(t.url()).startsWith('https://www.google.com/maps/dir/'),
        {
          timeout: 15_000,
        },
      );
      await click(page, 'button', 'Open route');
      const tab = await opened;
      expect(new URL(asked(tab.url())).searchParams.get('waypoints')).toBe(addresses[1]);
      await (await tab.page())?.close();
      await page.bringToFront();

      const first = await page.$('.stops li');
      await (await first?.$('button.primary'))?.click(); // Done
      const form = await page.waitForSelector('form[aria-label^="Log outreach with"]');
      expect(await form?.$eval('select', (s) => (s as HTMLSelectElement).value)).toBe('visit');
      await (await form?.$('button[type=submit]'))?.click();
      await waitForText(page, 'Luis M. de la Cruz, MD, FACS: Logged visit.');
      await page.waitForFunction(() => document.querySelector('.stops li .badge')?.textContent === 'Done');
      // Stored: the visit is on the Activity page (the badge above is a live query of the stored plan).
      const activity = await session.openPage('activity.html');
      await waitForText(activity, 'Luis M. de la Cruz, MD, FACS');
      await activity.close();
      await page.bringToFront();

      await click(page, 'button', 'Add to calendar');
      const text = await lastSaved(page);
      const events = eventsOf(text);
      expect(events).toHaveLength(1);
      expect(events[0]?.startDate.zone?.tzid).toBe(zone);
      expect(events[0]?.startDate.hour).toBe(9);
      expect(events[0]?.description).toContain('1. Luis M. de la Cruz, MD, FACS');
      const plan = await page.evaluate(() => document.documentElement.dataset.planId ?? '');
      expect(events[0]?.uid).toBe(plan);
      // The demo portal's patients (DOE, ROE, MRN numbers) never reach a calendar.
      for (const patient of ['DOE', 'ROE', 'MRN']) expect(text).not.toContain(patient);
      await page.close();
    }, 120_000);

    it('adds a due follow-up to the calendar from the popup, and exports the calendar from the options page', async () => {
      const popup = await session.openPage('popup.html');
      const who = await byLabel(popup, 'Physician');
      await who.type('smith');
      await popup.waitForFunction(() =>
        document.querySelector('[role=listbox] [role=option]')?.textContent?.includes('Jane'),
      );
      await popup.keyboard.press('ArrowDown');
      await popup.keyboard.press('Enter');
      await (await byLabel(popup, 'Activity')).select('call');
      await (await byLabel(popup, 'Notes')).type('Asked about DOE, J (MRN 000481)');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
      await (await byLabel(popup, 'Follow-up date')).evaluate((el, day) => {
        const input = el as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, day);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, today);
      await (await byLabel(popup, 'Follow-up task')).type('Send DOE results');
      await click(popup, 'button', 'Log outreach');
      await waitForText(popup, 'Logged');
      const item = await popup.waitForSelector('.due-item');
      await (await control(popup, '.due-item|button', 'Add to calendar'))?.click();
      expect(item).toBeTruthy();
      const single = await lastSaved(popup);
      const [followUp] = eventsOf(single);
      expect(followUp?.summary).toBe('Follow up: Jane A. Smith, MD, FACC, Lakeside Heart Associates');
      expect(followUp?.startDate.zone?.tzid).toBe(zone);
      for (const patient of ['DOE', 'MRN', 'results']) expect(single).not.toContain(patient);
      await popup.close();

      const options = await session.openPage('options.html');
      await click(options, 'button', 'Export calendar');
      await waitForText(options, 'with 2 events');
      const all = eventsOf(await lastSaved(options));
      expect(all.map((e) => e.summary).sort()).toEqual([
        'Follow up: Jane A. Smith, MD, FACC, Lakeside Heart Associates',
        'Office visits: 3 stops',
      ]);
      await options.close();
    }, 120_000);
  });
}
