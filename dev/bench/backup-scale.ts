import { statSync } from 'node:fs';
import { sendFromPage } from '../../tests/e2e/extension-messages';
import type { ExtensionSession } from '../../tests/e2e/launch';
import type { BenchRow } from './suite';

/**
 * The automatic backup at bench scale (seed-scale.ts: 50,000 physicians, 5,000 practices, 100,000 notes, 100,000
 * outreach), through the real path of the e2e build (`e2e.runBackup`: offscreen document, blob: URL, download,
 * waiting for `complete`). Node side, like page-costs.ts: the downloads API answers extension pages only.
 */
export async function measureBackup(session: ExtensionSession, log: (m: string) => void): Promise<BenchRow[]> {
  const options = await session.openPage('options.html');
  // Turn the weekly backup on as a person would (the options page renders it once settings load).
  await options.waitForFunction(
    () => {
      const label = [...document.querySelectorAll('label')].find((l) =>
        l.textContent?.includes('Save a weekly backup to the Downloads folder'),
      );
      const box = label?.querySelector('input');
      if (box && !box.checked) box.click();
      return document.body.textContent?.includes('Backup settings saved.') === true;
    },
    { timeout: 120_000, polling: 500 },
  );
  const reply = await sendFromPage(options, 'e2e.runBackup', { now: new Date().toISOString() });
  const data = reply.data as { result: string; ms: number; bytes: number; downloadId: number };
  if (!reply.ok || data.result !== 'saved') throw new Error(`backup did not complete: ${JSON.stringify(reply)}`);
  const [item] = await options.evaluate(async (id) => {
    const g = globalThis as unknown as { chrome: { downloads: { search: (q: object) => Promise<unknown[]> } } };
    return g.chrome.downloads.search({ id }) as Promise<{ url: string; filename: string }[]>;
  }, data.downloadId);
  const onDisk = item ? statSync(item.filename).size : 0;
  log(
    `backup: ${data.ms} ms, ${(data.bytes / 2 ** 20).toFixed(1)} MiB, ${item?.url.slice(0, 5)} URL, on disk ${onDisk} bytes`,
  );
  await options.close();
  return [
    {
      suite: 'backup',
      name: 'automatic backup (export in the offscreen document + download until complete)',
      value: data.ms,
      unit: 'ms',
    },
    { suite: 'backup', name: 'backup file size', value: data.bytes / 2 ** 20, unit: 'MiB' },
    {
      suite: 'backup',
      name: 'written through a blob: URL (1 = yes)',
      value: item?.url.startsWith('blob:') && onDisk === data.bytes ? 1 : 0,
      unit: '',
    },
  ];
}
