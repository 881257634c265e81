import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { seedSamplePortal } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { named, waitForSidebar } from './sidebar-frames';

const patients = ['OKONKWO', 'BERGSTROM', 'Nguyen', 'DE LA VEGA', 'Patel', 'MORRISON'];

/** The list items of the sidebar section headed `heading`, as text. */
async function itemsUnder(frame: Frame, heading: string): Promise<string[]> {
  return frame.evaluate((h: string) => {
    const section = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === h);
    return [...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
  }, heading);
}

/** Waits until `check` holds for the items under `heading`; fails with what was there. */
async function waitForItems(frame: Frame, heading: string, check: (items: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  let items: string[] = [];
  while (Date.now() < deadline) {
    items = await itemsUnder(frame, heading).catch(() => []);
    if (check(items)) return items;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${heading}: ${JSON.stringify(items)}`);
}

/** Clicks the button named `name` inside the list item containing `text`. */
async function clickInItem(frame: Frame, text: string, name: string): Promise<void> {
  const button = await frame.waitForFunction(
    (t: string, n: string) => {
      const item = [...document.querySelectorAll('li')].find((li) => li.textContent?.includes(t));
      return [...(item?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === n) ?? null;
    },
    { timeout: 15_000, polling: 100 },
    text,
    name,
  );
  await (button as ElementHandle<Element>).click();
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`discovery in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      await seedSamplePortal((path) => session.openPage(path), session.server.origin);
    });
    afterAll(async () => session?.close());

    const open = async (path: string): Promise<{ page: Page; frame: Frame }> => {
      const page = await session.browser.newPage();
      await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
      const { frame } = await waitForSidebar(page, (s) => s.status === 'ready', 20_000);
      await page.bringToFront();
      return { page, frame };
    };

    it('proposes exactly the 3 unknown referring providers of a schedule, adds one, ignores one', async () => {
      const { page, frame } = await open('/discovery/schedule.html');
      const items = await waitForItems(frame, 'Not in your directory yet', (i) => i.length >= 3);
      expect(items).toHaveLength(3);
      expect(items.join('|')).toMatch(/Anthony E\. Barnes, MD.*Kimberly N Hodge Spears, MD.*Sarah L\. Smith, DNP/);
      for (const patient of patients) expect(items.join('|').toLowerCase()).not.toContain(patient.toLowerCase());
      // The directory's own Jane Smith is on this page, not proposed.
      await waitForItems(frame, 'On this page', (i) => i.some((t) => t.includes('Jane A. Smith')));

      await clickInItem(frame, 'Anthony E. Barnes', 'Add to directory');
      await named(frame, 'h2', 'New physician');
      await named(frame, 'button', 'Look up in NPI Registry');
      const last = await named(frame, 'input', 'Last name');
      expect(await last.evaluate((el) => (el as HTMLInputElement).value)).toBe('Barnes');
      await (await named(frame, 'button', 'Save physician')).click();
      await waitForItems(frame, 'On this page', (i) => i.some((t) => t.includes('Anthony E. Barnes')));
      await waitForItems(frame, 'Not in your directory yet', (i) => i.length === 2);

      await clickInItem(frame, 'Hodge Spears', 'Ignore');
      await waitForItems(frame, 'Not in your directory yet', (i) => i.length === 1 && i[0]?.includes('Sarah') === true);
      await page.reload({ waitUntil: 'load' });
      const again = (await waitForSidebar(page, (s) => s.status === 'ready', 20_000)).frame;
      expect(await waitForItems(again, 'Not in your directory yet', (i) => i.length > 0)).toHaveLength(1);
      await page.close();
    });

    it('tracks a queue row as a referral and proposes its status move when the row changes', async () => {
      const { page, frame } = await open('/discovery/referral-queue.html');
      await clickInItem(frame, 'R-2001', 'Track this referral');
      await waitForItems(frame, 'Referral queue on this page', (i) =>
        i.some((t) => t.includes('R-2001') && t.includes('Tracked: Received')),
      );
      await waitForItems(frame, 'Referrals on this page', (i) => i.some((t) => t.includes('Priya Raman')));
      // The patient column never reached the extension.
      const queue = (await itemsUnder(frame, 'Referral queue on this page')).join('|');
      expect(queue).not.toContain('WANSKY');
      expect(queue).not.toContain('ODAMEN');

      await page.evaluate(() => {
        const cell = document.querySelector('tr[data-row-id="R-2001"] td:last-child');
        if (cell) cell.textContent = 'Scheduled';
      });
      await clickInItem(frame, 'R-2001', 'Apply status');
      await waitForItems(frame, 'Referral queue on this page', (i) =>
        i.some((t) => t.includes('R-2001') && t.includes('Tracked: Scheduled')),
      );

      // Columns: the service is read from another column once the liaison says so (kept for the portal).
      await (await named(frame, 'button', 'Columns')).click();
      const service = await named(frame, 'select', 'Service column');
      const received = await service.evaluate((el) =>
        [...(el as HTMLSelectElement).options].findIndex((o) => o.textContent === 'Received'),
      );
      await service.select(String(received - 1));
      await waitForItems(frame, 'Referral queue on this page', (i) =>
        i.some((t) => t.includes('R-2001 · RAMAN, PRIYA MD · 12/01')),
      );
      await page.close();
    });
  });
}
