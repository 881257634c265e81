import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleProblems } from '../fhir-validator';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole } from './queries';
import { lastSaved, waitForRole } from './saved-file';

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`FHIR export and import in ${kind}`, () => {
    let first: ExtensionSession;
    let second: ExtensionSession;
    let bundle: Bundle;
    const dir = mkdtempSync(path.join(tmpdir(), `rounds-fhir-${kind}-`));
    const bundlePath = path.join(dir, 'directory.json');
    beforeAll(async () => {
      first = await launchWithExtension(kind);
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('Export FHIR downloads a Bundle that the R4 validators accept', async () => {
      const page = await first.openPage('options.html');
      expect((await sendFromPage(page, 'demo.seed', {})).ok).toBe(true);
      await (await byRole(page, 'button', 'Export FHIR')).click();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('dialog')].some((d) => d.open && d.textContent?.includes('patient information')),
      );
      await (await byRole(page, 'button', 'Save FHIR file')).click();
      await waitForRole(page, 'status', 'Exported');
      const saved = await lastSaved(page);
      expect(saved.fileName).toMatch(/^rounds-fhir-\d{4}-\d\d-\d\d\.json$/);
      bundle = JSON.parse(saved.text) as Bundle;
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      const practitioners = bundle.entry?.filter((e) => e.resource?.resourceType === 'Practitioner') ?? [];
      expect(practitioners.length).toBeGreaterThan(5);
      expect(bundleProblems(bundle)).toEqual([]);
      writeFileSync(bundlePath, saved.text);
      await page.close();
    });

    it('Import file with the FHIR Bundle shows the preview, then imports', async () => {
      second = await launchWithExtension(kind);
      const page = await second.openPage('options.html');
      const input = (await byLabel(page, 'Import file')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(bundlePath);
      await byRole(page, 'button', 'Import', 60_000);
      const practitioners = bundle.entry?.filter((e) => e.resource?.resourceType === 'Practitioner').length;
      const preview = await page.$eval('table', (t) => t.textContent ?? '');
      expect(preview).toContain(`Physicians${practitioners}000`);
      await (await byRole(page, 'button', 'Import')).click();
      const status = await waitForRole(page, 'status', 'Imported');
      expect(status).toContain(`${practitioners} physicians`);
      const after = (await sendFromPage(page, 'app.status', {})).data as { counts: Record<string, number> };
      expect(after.counts.physicians).toBe(practitioners);
      await page.close();
    });
  });
}
