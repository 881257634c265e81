import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultLab } from '../../dev/faults/lab';
import type { BrowserKind } from './browsers';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byRole } from './queries';

type LabWindow = { roundsLab: FaultLab };
type Marked = { roundsBeforeUpgrade?: boolean };

/** Pages that hold the database open, and a control each shows once its data has loaded. */
const holders: [file: string, role: string, name: string][] = [
  ['popup.html', 'heading', 'Due follow-ups'],
  ['options.html', 'button', 'Add portal'],
  ['activity.html', 'heading', 'Outreach'],
];

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`a schema upgrade from elsewhere while pages are open, in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
    });
    afterAll(async () => session?.close());

    it('does not hang: open pages close their connection, reload and work at the new version', async () => {
      const pages: Page[] = [];
      for (const [file, role, name] of holders) {
        const page = await session.openPage(file);
        await byRole(page, role, name, 15_000);
        await page.evaluate(() => {
          (window as unknown as Marked).roundsBeforeUpgrade = true;
        });
        pages.push(page);
      }
      const lab = await session.openPage('fault-lab.html');
      await lab.waitForFunction(() => document.documentElement.dataset.lab === 'ready');
      const started = Date.now();
      const upgrade = await lab.evaluate(() => (window as unknown as LabWindow).roundsLab.upgradeFromElsewhere());
      console.info(
        `${kind}: upgrade from elsewhere took ${Date.now() - started} ms, events ${upgrade.events.join(',')}`,
      );
      expect(upgrade.events).toContain('success');
      expect(upgrade.events).not.toContain('blocked');

      for (const [i, page] of pages.entries()) {
        const [file, role, name] = holders[i] ?? [];
        await page.waitForFunction(() => !(window as unknown as Marked).roundsBeforeUpgrade, { timeout: 15_000 });
        const alert = await page
          .waitForFunction(() => document.querySelector('[role=alert]')?.textContent ?? '', { timeout: 3_000 })
          .then((h) => h.jsonValue())
          .catch(() => '');
        expect(alert, `${file} after the upgrade`).toBe('');
        await page.bringToFront();
        await byRole(page, role ?? '', name ?? '', 15_000);
      }
      // A page opened after the upgrade writes and reads at the new version.
      const after = await session.openPage('fault-lab.html');
      await after.waitForFunction(() => document.documentElement.dataset.lab === 'ready');
      const [id] = await after.evaluate(() => (window as unknown as LabWindow).roundsLab.writePhysicians('After', 1));
      const stored = await after.evaluate((pid) => (window as unknown as LabWindow).roundsLab.physician(pid ?? ''), id);
      expect(stored?.first).toBe('After');
    }, 90_000);
  });
}
