import type { ElementHandle, Frame, Page } from 'puppeteer-core';

/** What the sidebar frame says about itself (markers set by entrypoints/sidebar/use-page-context.ts). */
export interface SidebarStatus {
  status: string;
  detected: number;
  pageKey: string;
  visible: boolean;
}

/** Frames of a page that load sidebar.html (the real one sits in a closed shadow root: only the frame list finds it). */
export function sidebarFrames(page: Page): Frame[] {
  return page.frames().filter((f) => /^(chrome|moz)-extension:\/\/[^/]+\/sidebar\.html/.test(f.url()));
}

/** Reads a sidebar frame's markers. */
export async function statusOf(frame: Frame): Promise<SidebarStatus> {
  return frame.evaluate(() => {
    const d = document.documentElement.dataset;
    return {
      status: d.pageContext ?? '',
      detected: Number(d.pageContextDetected || 0),
      pageKey: d.pageKey ?? '',
      visible: window.innerWidth > 50 && window.innerHeight > 50,
    };
  });
}

/** Polls the page's sidebar frames until one satisfies `ok`; returns that frame and its status. */
export async function waitForSidebar(
  page: Page,
  ok: (s: SidebarStatus) => boolean,
  timeout = 15_000,
): Promise<{ frame: Frame; status: SidebarStatus }> {
  const deadline = Date.now() + timeout;
  let last: SidebarStatus | undefined;
  while (Date.now() < deadline) {
    for (const frame of sidebarFrames(page)) {
      const status = await statusOf(frame).catch(() => undefined);
      if (status) last = status;
      if (status && ok(status)) return { frame, status };
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`No sidebar frame reached the expected state; last seen: ${JSON.stringify(last ?? null)}`);
}

/** Whether the page holds the Rounds host element (the page itself can see the host, never inside it). */
export function hasHost(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector(':root > div[popover]') !== null);
}

/** A control in the frame by its accessible text (label, aria-label or content), case-insensitive. */
export async function named(
  frame: Frame,
  selector: string,
  name: string,
  timeout = 15_000,
): Promise<ElementHandle<Element>> {
  const handle = await frame.waitForFunction(
    (sel: string, wanted: string) => {
      const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      for (const el of document.querySelectorAll(sel)) {
        const label = (el as HTMLInputElement).labels?.[0]?.textContent;
        if ([el.getAttribute('aria-label'), label, el.textContent].some((t) => norm(t) === norm(wanted))) return el;
      }
      return null;
    },
    { timeout, polling: 100 },
    selector,
    name,
  );
  return handle as ElementHandle<Element>;
}
