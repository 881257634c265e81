import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole, retype } from './queries';

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`foundation in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
    });
    afterAll(async () => session?.close());

    it('opens its pages', async () => {
      for (const [file, title] of [
        ['popup.html', 'Rounds'],
        ['options.html', 'Rounds settings'],
        ['sidebar.html', 'Rounds sidebar'],
      ]) {
        const page = await session.openPage(file as string);
        expect(await page.title()).toBe(title);
        await page.waitForSelector('h1');
        await page.close();
      }
    });

    it('round-trips a physician through storage from an extension page', async () => {
      const page = await session.openPage('options.html');
      await (await byRole(page, 'button', 'Add physician')).click();
      await (await byLabel(page, 'First name')).type('Ada');
      await (await byLabel(page, 'Last name')).type('Lovelace');
      await (await byLabel(page, 'NPI')).type('1234567898');
      await (await byRole(page, 'button', 'Save physician')).click();
      await page.waitForFunction(() => document.body.textContent?.includes('wrong check digit'));
      await retype(await byLabel(page, 'NPI'), '1234567893');
      await (await byRole(page, 'button', 'Save physician')).click();
      await page.waitForFunction(() =>
        document
          .querySelector('section[aria-label="Directory"] [role=status]')
          ?.textContent?.includes('Saved Lovelace'),
      );
      await page.close();
      // A fresh load of the page (BiDi cannot reload moz-extension:// pages): the record came back from IndexedDB.
      const again = await session.openPage('options.html');
      await again.waitForFunction(() => document.body.textContent?.includes('Ada Lovelace'));
      await again.close();
    });
  });
}
