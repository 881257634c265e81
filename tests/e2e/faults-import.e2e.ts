import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultLab } from '../../dev/faults/lab';
import type { BrowserKind } from './browsers';
import { type ExtensionSession, launchWithExtension } from './launch';

type LabWindow = { roundsLab: FaultLab };
const notes = 60_000;

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`a tab closed in the middle of an import commit, in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
    });
    afterAll(async () => session?.close());

    const openLab = async () => {
      const page = await session.openPage('fault-lab.html');
      await page.waitForFunction(() => document.documentElement.dataset.lab === 'ready');
      return page;
    };

    it('leaves none of the import (one strict transaction), and the next import completes', async () => {
      const lab = await openLab();
      void lab.evaluate((n) => (window as unknown as LabWindow).roundsLab.importNotes(n), notes).catch(() => undefined);
      // Close once at least one batch is written but before the commit ends.
      await lab.waitForFunction(
        () => {
          const p = (window as unknown as LabWindow).roundsLab.progress;
          return p.phase === 'committing' && p.written > 0;
        },
        { timeout: 60_000, polling: 10 },
      );
      const seen = await lab.evaluate(() => ({ ...(window as unknown as LabWindow).roundsLab.progress }));
      expect(seen.written).toBeLessThan(seen.total);
      await lab.close();

      const check = await openLab();
      const count = () => check.evaluate(() => (window as unknown as LabWindow).roundsLab.count('notes'));
      expect(await count(), `notes after closing at ${seen.written}/${seen.total}`).toBe(0);
      expect(await check.evaluate(() => (window as unknown as LabWindow).roundsLab.count('physicians'))).toBe(0);
      await check.evaluate((n) => (window as unknown as LabWindow).roundsLab.importNotes(n), 2_000);
      expect(await check.evaluate(() => (window as unknown as LabWindow).roundsLab.progress.phase)).toBe('done');
      expect(await count()).toBe(2_000);
    }, 120_000);
  });
}
