import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { sendFromPage } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole } from './queries';

interface DownloadItem {
  id: number;
  url: string;
  filename: string;
  state: string;
  exists: boolean;
}

/** Calls an extension API from an extension page (browser.* in Firefox, chrome.* in Chromium). */
function extensionCall<T>(page: Page, fn: string, arg: unknown): Promise<T> {
  return page.evaluate(
    async (name, a) => {
      const g = globalThis as unknown as { browser?: object; chrome?: object };
      const api = (g.browser ?? g.chrome) as Record<string, Record<string, (x: unknown) => Promise<unknown>>>;
      const [ns, method] = name.split('.') as [string, string];
      const area = ns === 'local' || ns === 'session' ? (api.storage as unknown as typeof api)[ns] : api[ns];
      return (area as Record<string, (x: unknown) => Promise<unknown>>)[method]?.(a);
    },
    fn,
    arg,
  ) as Promise<T>;
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`automatic backup and Delete all data in ${kind}`, () => {
    let session: ExtensionSession;
    let options: Page;
    let backup: DownloadItem;

    beforeAll(async () => {
      session = await launchWithExtension(kind);
      options = await session.openPage('options.html');
    });
    afterAll(async () => {
      await session?.close();
    });

    it('writes the weekly backup through a blob: URL (never data:), complete on disk', async () => {
      expect(await sendFromPage(options, 'demo.seed', { history: true })).toMatchObject({ ok: true });
      await options.bringToFront();
      await (await byLabel(options, 'Save a weekly backup to the Downloads folder')).click();
      await options.waitForFunction(() => document.body.textContent?.includes('Backup settings saved.'));
      const reply = await sendFromPage(options, 'e2e.runBackup', { now: new Date().toISOString() });
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, data: { result: 'saved' } });
      const id = (reply.data as { downloadId: number }).downloadId;
      [backup] = (await extensionCall<DownloadItem[]>(options, 'downloads.search', { id })) as [DownloadItem];
      expect(backup.url).toMatch(/^blob:/);
      expect(backup.url).not.toMatch(/^data:/);
      expect(backup).toMatchObject({ state: 'complete', exists: true });
      expect(backup.filename).toMatch(/Rounds backups[/\\]rounds-export-\d{4}-\d\d-\d\d.*\.json$/);
      const file = JSON.parse(readFileSync(backup.filename, 'utf8')) as {
        format: string;
        counts: { physicians: number };
      };
      expect(file.format).toBe('rounds-export');
      expect(file.counts.physicians).toBeGreaterThan(0);
      // The blob: URL was revoked once the download completed.
      const stillReadable = await options.evaluate(
        (u) =>
          fetch(u).then(
            () => true,
            () => false,
          ),
        backup.url,
      );
      expect(stillReadable).toBe(false);
    });

    it('Delete all data says what it does with the backup file, deletes it, and leaves no Rounds key', async () => {
      // Some state in each area: a sidebar on a portal tab (tab session), a capture waiting for its window.
      await sendFromPage(options, 'demo.enablePortal', { origin: `${session.server.origin}/portal/` });
      const portal = await session.browser.newPage();
      await portal.goto(`${session.server.origin}/portal/queue.html`, { waitUntil: 'load' });
      const site = await session.browser.newPage();
      await site.goto(`${session.server.origin}/capture/staff.html`, { waitUntil: 'load' });
      await site.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('hiza') as HTMLElement);
        getSelection()?.addRange(range);
      });
      expect(await sendFromPage(options, 'e2e.capture', { kind: 'physician', url: site.url() })).toMatchObject({
        ok: true,
      });
      const before = await extensionCall<Record<string, unknown>>(options, 'session.get', null);
      expect(Object.keys(before).some((k) => k.startsWith('rounds-capture-'))).toBe(true);

      await options.bringToFront();
      await (await byRole(options, 'button', 'Delete all data')).click();
      const dialog = await options.waitForSelector('dialog[open]');
      const text = await dialog?.evaluate((d) => d.textContent ?? '');
      expect(text).toContain(
        'deletes from disk the 1 automatic weekly backup file it saved in Downloads/Rounds backups',
      );
      expect(text).toContain('exports you saved yourself, stay');
      await (await byLabel(options, 'Type DELETE to confirm')).type('DELETE');
      await (await byRole(options, 'button', 'Delete everything')).click();
      await options.waitForFunction(() => document.body.textContent?.includes('Deleted all data'), { timeout: 20_000 });

      expect(await extensionCall(options, 'local.get', null)).toEqual({});
      expect(await extensionCall(options, 'session.get', null)).toEqual({});
      expect(existsSync(backup.filename)).toBe(false);
      const status = await sendFromPage(options, 'app.status', {});
      expect((status.data as { counts: Record<string, number> }).counts.physicians).toBe(0);
      await portal.close();
      await site.close();
    });
  });
}
