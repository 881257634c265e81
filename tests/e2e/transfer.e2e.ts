import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole } from './queries';
import { lastSaved, waitForRole } from './saved-file';

type ExportFile = { exportedAt: string; counts: Record<string, number>; data: Record<string, { id?: string }[]> };

/** Everything in the extension's storage.local and storage.session, after writing `write` to local (if given). */
function extensionStorage(page: Page, write?: Record<string, unknown>) {
  return page.evaluate(async (items) => {
    type Area = { get: (k: null) => Promise<Record<string, unknown>>; set: (i: object) => Promise<void> };
    type Api = { storage: { local: Area; session?: Area } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome) as Api;
    if (items) await api.storage.local.set(items);
    return { local: await api.storage.local.get(null), session: (await api.storage.session?.get(null)) ?? {} };
  }, write ?? null);
}

const counts = async (page: Page) => (await sendFromPage(page, 'app.status', {})).data as { counts: unknown };

/** Console lines that say the export fell back from its worker (it must not, in either browser). */
const workerFailures: string[] = [];

async function exportJsonFile(page: Page): Promise<{ fileName: string; text: string }> {
  page.on('console', (m) => m.text().includes('export worker failed') && workerFailures.push(m.text()));
  await (await byRole(page, 'button', 'Export JSON')).click();
  await page.waitForFunction(() => document.querySelector('dialog')?.textContent?.includes('patient information'));
  await (await byRole(page, 'button', 'Save export')).click();
  await waitForRole(page, 'status', 'Exported');
  return lastSaved(page);
}

async function importFile(page: Page, file: string): Promise<void> {
  const input = (await byLabel(page, 'Import file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`export and import in ${kind}`, () => {
    let first: ExtensionSession;
    let second: ExtensionSession;
    let exported: ExportFile;
    let exportPath = '';
    const dir = mkdtempSync(path.join(tmpdir(), `rounds-transfer-${kind}-`));
    beforeAll(async () => {
      first = await launchWithExtension(kind);
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('seeds data, adds a physician through the form, exports JSON after the patient-information dialog', async () => {
      const page = await first.openPage('options.html');
      expect((await sendFromPage(page, 'demo.seed', {})).ok).toBe(true);
      await (await byRole(page, 'button', 'Add physician')).click();
      await (await byLabel(page, 'First name')).type('Formula');
      await (await byLabel(page, 'Last name')).type('=SUM(1+1)');
      await (await byRole(page, 'button', 'Save physician')).click();
      await waitForRole(page, 'status', 'Saved =SUM(1+1)');
      const saved = await exportJsonFile(page);
      expect(saved.fileName).toMatch(/^rounds-export-\d{4}-\d\d-\d\d\.json$/);
      exported = JSON.parse(saved.text) as ExportFile;
      expect(exported.counts.physicians).toBeGreaterThan(5);
      expect(exported.data.physicians?.some((p) => (p as { last?: string }).last === '=SUM(1+1)')).toBe(true);
      exportPath = path.join(dir, saved.fileName);
      writeFileSync(exportPath, saved.text);
      expect(workerFailures).toEqual([]);
      await page.close();
    });

    it('exports CSV with a BOM, CRLF line ends and neutralised formulas', async () => {
      const page = await first.openPage('options.html');
      await (await byRole(page, 'button', 'Export CSV')).click();
      await (await byRole(page, 'button', 'Save spreadsheet')).click();
      const csv = await lastSaved(page);
      expect(csv.fileName).toMatch(/^rounds-physicians-\d{4}-\d\d-\d\d\.csv$/);
      expect(csv.bytes).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.text).toContain('\r\n');
      expect(csv.text.replace(/\r\n/g, '')).not.toContain('\n');
      expect(csv.text).toContain("'=SUM(1+1)");
      expect(csv.text).not.toMatch(/(^|,)=SUM/m);
      await page.close();
    });

    it('imports into an empty profile with a preview, and exports the same data again', async () => {
      second = await launchWithExtension(kind);
      const page = await second.openPage('options.html');
      await importFile(page, exportPath);
      await byRole(page, 'button', 'Import', 60_000);
      // A restore: take each of the file's settings, one tick each (none is taken without one).
      for (const box of await page.$$('fieldset input[type=checkbox]')) await box.click();
      const preview = await page.$eval('table', (t) => t.textContent ?? '');
      expect(preview).toContain('Physicians');
      await (await byRole(page, 'button', 'Import')).click();
      const status = await waitForRole(page, 'status', 'Imported');
      expect(status).toContain(`${exported.counts.physicians} physicians`);
      const again = JSON.parse((await exportJsonFile(page)).text) as ExportFile;
      expect(again.counts).toEqual(exported.counts);
      expect(again.data).toEqual(exported.data);
      expect(workerFailures).toEqual([]);
      await page.close();
    });

    it('a bad record is named in an alert and nothing changes', async () => {
      const page = await second.openPage('options.html');
      const before = await counts(page);
      // 151 outreach rows after whatever the file had, the one at position 150 with a bad date.
      const broken = structuredClone(exported);
      const physicianId = broken.data.physicians?.[0]?.id as string;
      const outreach = broken.data.outreach ?? [];
      const now = new Date().toISOString();
      while (outreach.length < 151) {
        outreach.push({
          id: crypto.randomUUID(),
          createdAt: now,
          updatedAt: now,
          physicianIds: [physicianId],
          type: 'visit',
          at: now,
        } as { id: string });
      }
      broken.data.outreach = outreach;
      const at = 150;
      (outreach[at] as unknown as { at: string }).at = 'next Tuesday';
      const badPath = path.join(dir, 'broken.json');
      writeFileSync(badPath, JSON.stringify(broken));
      await importFile(page, badPath);
      const alert = await waitForRole(page, 'alert', `outreach[${at}].at`);
      expect(alert).toContain('nothing was imported');
      expect(await counts(page)).toEqual(before);
      await importFile(page, path.resolve('tests/e2e/fixtures/transfer/not-rounds.json'));
      expect(await waitForRole(page, 'alert', 'not a Rounds export')).toContain('another tool');
      await page.close();
    });

    it('Delete all data asks for DELETE, then empties Rounds, extension storage included', async () => {
      const page = await second.openPage('options.html');
      // What a sidebar leaves in extension storage: a note draft (may hold patient information) and a layout.
      await extensionStorage(page, {
        'draft.note.p1|https://ehr.example.org/chart?mrn=1': 'J.D. asked',
        'sidebarLayout:x': { open: true, width: 400 },
      });
      expect(Object.keys((await extensionStorage(page)).local)).toHaveLength(2);
      await (await byRole(page, 'button', 'Delete all data')).click();
      const confirm = await byRole(page, 'button', 'Delete everything');
      expect(await confirm.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);
      await (await byLabel(page, 'Type DELETE to confirm')).type('DELETE');
      await confirm.click();
      await waitForRole(page, 'status', 'Deleted all data');
      const after = (await counts(page)) as { counts: Record<string, number> };
      expect(Object.values(after.counts).every((n) => n === 0)).toBe(true);
      expect(await extensionStorage(page)).toEqual({ local: {}, session: {} });
      await page.close();
    });
  });
}
