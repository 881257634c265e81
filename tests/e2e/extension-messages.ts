import type { Page } from 'puppeteer-core';

export interface PageReply {
  ok: boolean;
  data?: unknown;
  error?: string;
}

/** Sends a runtime message from an extension page (as that page's own code would), returning the router's reply. */
export function sendFromPage(page: Page, type: string, payload: unknown): Promise<PageReply> {
  return page.evaluate(
    (t, p) => {
      type Runtime = { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('not an extension page');
      return api.runtime.sendMessage({ type: t, payload: p }) as Promise<PageReply>;
    },
    type,
    payload,
  );
}

/** Seeds the sample directory and enables the fixture server as a portal, from the options page. */
export async function seedSamplePortal(openPage: (path: string) => Promise<Page>, origin: string): Promise<void> {
  const options = await openPage('options.html');
  const seeded = await sendFromPage(options, 'demo.seed', {});
  if (!seeded.ok) throw new Error(`demo.seed: ${seeded.error}`);
  const enabled = await sendFromPage(options, 'demo.enablePortal', { origin });
  if (!enabled.ok) throw new Error(`demo.enablePortal: ${enabled.error}`);
  await options.close();
}
