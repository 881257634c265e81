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
