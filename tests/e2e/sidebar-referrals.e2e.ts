import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { named, waitForSidebar } from './sidebar-frames';

/** Waits until the text of `selector` (the first match) contains `text`. */
async function waitForText(frame: Frame, selector: string, text: string): Promise<void> {
  try {
    await frame.waitForFunction(
      (sel: string, t: string) => [...document.querySelectorAll(sel)].some((el) => el.textContent?.includes(t)),
      { timeout: 15_000, polling: 100 },
      selector,
      text,
    );
  } catch {
    throw new Error(`“${text}” not in ${selector}: ${await frame.evaluate(() => document.body.textContent)}`);
  }
}

const jane = 'Jane A. Smith, MD, FACC';

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`sidebar referrals in ${kind}`, () => {
    let session: ExtensionSession;
    const referralPage = (sessionId: string) =>
      `${session.server.origin}/demo/referral.html?id=R-10482&session=${sessionId}`;

    beforeAll(async () => {
      session = await launchWithExtension(kind);
      const options = await session.openPage('options.html');
      expect(await sendFromPage(options, 'demo.seed', {})).toMatchObject({ ok: true });
      const enabled = await sendFromPage(options, 'demo.enablePortal', { origin: session.server.origin });
      expect(enabled).toMatchObject({ ok: true });
      // The referral's id (not the session) decides what counts as the same page.
      const portal = (enabled.data as { portal: { id: string; pageKeyParams: string[] } }).portal;
      if (!portal.pageKeyParams.includes('id')) {
        const updated = await sendFromPage(options, 'portals.update', { id: portal.id, pageKeyParams: ['id'] });
        expect(updated).toMatchObject({ ok: true });
      }
      await options.close();
    });
    afterAll(async () => session?.close());

    const openReferralPage = async (sessionId: string): Promise<{ page: Page; frame: Frame; pageKey: string }> => {
      const page = await session.browser.newPage();
      await page.goto(referralPage(sessionId), { waitUntil: 'load' });
      const { frame, status } = await waitForSidebar(page, (s) => s.status === 'ready', 20_000);
      return { page, frame, pageKey: status.pageKey };
    };

    it('New referral from the physician view → saved → scheduled with the message to copy → shown on the page again', async () => {
      const first = await openReferralPage('s-1');
      expect(first.pageKey).toContain('R-10482');
      expect(first.pageKey).not.toContain('s-1');
      await first.page.bringToFront();
      await (await named(first.frame, 'button', jane)).click();
      await named(first.frame, 'h2', jane);
      await (await named(first.frame, 'button', 'New referral')).click();
      const picker = await named(first.frame, 'input', 'Referring physician');
      expect(await picker.evaluate((el) => (el as HTMLInputElement).value)).toBe(jane);
      await (await named(first.frame, 'input', 'Patient reference')).type('J.D.');
      await (await named(first.frame, 'input', 'Service')).type('Cardiology');
      await named(first.frame, 'select', 'Status');
      await (await named(first.frame, 'button', 'Save referral')).click();
      await waitForText(first.frame, '[role=status]', 'Referral saved');

      await named(first.frame, 'article', `Referral from ${jane}`);
      await (await named(first.frame, 'select', 'Move to…')).select('scheduled');
      await (await named(first.frame, 'button', 'Move')).click();
      await waitForText(first.frame, 'article [role=status]', 'Moved to Scheduled');
      const message = await first.frame.waitForFunction(
        () => document.querySelector('.loop-message')?.textContent ?? '',
        { timeout: 10_000 },
      );
      expect(String(await message.jsonValue())).toMatch(
        /^Your patient J\.D\. referred on .+ was scheduled on .+ with Cardiology$/,
      );
      await named(first.frame, 'button', 'Copy message');
      await first.page.close();

      // The same referral page in a new visit (another session parameter): the referral shows there.
      const again = await openReferralPage('s-2');
      expect(again.pageKey).toBe(first.pageKey);
      await named(again.frame, 'h2', 'Referrals on this page');
      await waitForText(
        again.frame,
        'section[aria-labelledby="referrals-on-this-page"]',
        'Scheduled · Cardiology · J.D.',
      );
      await waitForText(again.frame, 'section[aria-labelledby="referrals-on-this-page"]', jane);
      await again.page.close();
    });
  });
}
