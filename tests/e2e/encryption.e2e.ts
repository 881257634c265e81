import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { seedSamplePortal, sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { extensionIndexedDbFiles, findOnDisk } from './profile-disk';
import { named, waitForSidebar } from './sidebar-frames';

/**
 * The attack: someone with the laptop's profile folder reads IndexedDB's files. ROUNDS_E2E_ENCRYPTION=off runs the
 * same steps without turning encryption on (as on the code before issue 13): the scan must then find the secrets.
 */
const encrypt = process.env.ROUNDS_E2E_ENCRYPTION !== 'off';
const jane = 'Jane A. Smith, MD, FACC';
const passphrase = 'amber kettle orbit lantern';

async function waitForText(frame: Frame, text: string, present = true): Promise<void> {
  await frame.waitForFunction(
    (t: string, want: boolean) => (document.body.textContent ?? '').includes(t) === want,
    { timeout: 20_000, polling: 100 },
    text,
    present,
  );
}

async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const target = await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(session.origin),
  );
  await (await target.worker())?.close();
  await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(session.origin) && t !== target,
    { timeout: 15_000 },
  );
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`encryption at rest in ${kind}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension(kind);
      await seedSamplePortal(session.openPage, session.server.origin);
    });
    afterAll(async () => session?.close());

    it('turn on, write, lock: no trace on disk; unlock shows it again; a worker restart keeps the unlock', async () => {
      const token = crypto.randomUUID().replaceAll('-', '').slice(0, 12);
      const secret = `Qz${token}noteSecret`;
      const patientRef = `MRN${token}`;
      const param = `PX${token}`;
      const options = await session.openPage('options.html');
      const main = options.mainFrame();
      if (encrypt) {
        await (await named(main, 'input', 'Encrypt patient information')).click();
        await (await named(main, 'input', 'Passphrase')).type(passphrase);
        await (await named(main, 'input', 'Confirm passphrase')).type(passphrase);
        await (await named(main, 'button', 'Turn on encryption')).click();
        await waitForText(main, 'Encryption is on.');
      }

      const page = await session.browser.newPage();
      await page.goto(`${session.server.origin}/demo/index.html?id=${param}`, { waitUntil: 'load' });
      const { frame, status } = await waitForSidebar(page, (s) => s.status === 'ready' && s.detected >= 5, 20_000);
      expect(status.pageKey).toContain(param);
      await page.bringToFront();
      await (await named(frame, 'button', jane)).click();
      await (await named(frame, 'textarea', 'Note')).type(secret);
      await (await named(frame, 'button', 'Save note')).click();
      await waitForText(frame, 'Note saved');
      await (await named(frame, 'button', 'New referral')).click();
      await (await named(frame, 'input', 'Patient reference')).type(patientRef);
      await (await named(frame, 'input', 'Service')).type('Cardiology');
      await (await named(frame, 'button', 'Save referral')).click();
      await waitForText(frame, 'Referral saved');
      await waitForText(frame, secret);

      if (encrypt) {
        await (await named(frame, 'button', 'Lock')).click();
        await named(frame, 'button', 'Unlock');
        await waitForText(frame, secret, false);
        await waitForText(frame, 'Locked');
      }
      await new Promise((r) => setTimeout(r, 1500)); // let the browser write its log to the files

      const files = extensionIndexedDbFiles(kind, session.profile);
      expect(files.length).toBeGreaterThan(0);
      // The scan reads the records (the directory is plain by design), then looks for what must not be there.
      expect(findOnDisk(files, ['Smith']).length).toBeGreaterThan(0);
      expect(findOnDisk(files, [secret, patientRef, param])).toEqual([]);

      await (await named(frame, 'input', 'Passphrase')).type(passphrase);
      await (await named(frame, 'button', 'Unlock')).click();
      await waitForText(frame, secret);

      // Documented (docs/SECURITY.md): the unlock is kept across a service-worker restart, in storage.session.
      if (kind === 'chromium') await stopServiceWorker(session);
      const after = await sendFromPage(options, 'encryption.status', {});
      expect(after).toMatchObject({ ok: true, data: { mode: 'on', locked: false } });
      await page.close();
      await options.close();
    });
  });
}
