import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultLab } from '../../dev/faults/lab';
import type { BrowserKind } from './browsers';
import { type ExtensionSession, launchWithExtension } from './launch';

type LabWindow = { roundsLab: FaultLab };
const perContext = 1_000;
const fields = ['phone', 'fax', 'specialty', 'practiceName'] as const;

/** Opens the e2e build's fault lab (dev/faults/lab.ts) and waits for window.roundsLab. */
async function openLab(session: ExtensionSession): Promise<Page> {
  const page = await session.openPage('fault-lab.html');
  await page.waitForFunction(() => document.documentElement.dataset.lab === 'ready');
  return page;
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`four contexts writing at once in ${kind}`, () => {
    let session: ExtensionSession;
    let labs: Page[];
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      labs = [];
      for (let i = 0; i < 4; i++) labs.push(await openLab(session));
    });
    afterAll(async () => session?.close());

    it(`keeps all ${4 * perContext} records written by four pages at the same time`, async () => {
      const [first] = labs;
      if (!first) throw new Error('no lab');
      const before = await first.evaluate(() => (window as unknown as LabWindow).roundsLab.count('physicians'));
      const started = Date.now();
      await Promise.all(
        labs.map((lab, i) =>
          lab.evaluate(
            (tag, n) => (window as unknown as LabWindow).roundsLab.writePhysicians(tag, n),
            `Ctx${i}`,
            perContext,
          ),
        ),
      );
      console.info(`${kind}: ${4 * perContext} concurrent creates in ${Date.now() - started} ms`);
      const after = await first.evaluate(() => (window as unknown as LabWindow).roundsLab.count('physicians'));
      expect(after - before).toBe(4 * perContext);
    }, 240_000);

    it('merges concurrent edits of one record by field (no lost update); the later write wins per field', async () => {
      const [first] = labs;
      if (!first) throw new Error('no lab');
      const [sharedId] = await first.evaluate(() =>
        (window as unknown as LabWindow).roundsLab.writePhysicians('Shared', 1),
      );
      if (!sharedId) throw new Error('no shared physician');
      const rounds = 60;
      await Promise.all(
        labs.map((lab, i) =>
          lab.evaluate(
            (pid, field, values) => (window as unknown as LabWindow).roundsLab.patchPhysician(pid, field, values),
            sharedId,
            fields[i] ?? 'phone',
            Array.from({ length: rounds }, (_, k) => `${fields[i]}-${k}`),
          ),
        ),
      );
      const stored = await first.evaluate((pid) => (window as unknown as LabWindow).roundsLab.physician(pid), sharedId);
      if (!stored) throw new Error('shared physician lost');
      // Every context's last value of its own field survived the other three contexts' writes.
      for (const field of fields) expect(stored[field]).toBe(`${field}-${rounds - 1}`);
    }, 120_000);
  });
}
