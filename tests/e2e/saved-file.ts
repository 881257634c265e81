import type { Page } from 'puppeteer-core';

/** The last file the Data section saved (the e2e build keeps the same Blob on window), as text or bytes. */
export async function lastSaved(
  page: Page,
  previous = '',
): Promise<{ fileName: string; text: string; bytes: number[] }> {
  await page.waitForFunction(
    (prev: string) => {
      const f = (window as { roundsLastSavedFile?: { fileName: string; blob: Blob } }).roundsLastSavedFile;
      return f && `${f.fileName}:${f.blob.size}` !== prev;
    },
    { timeout: 30_000, polling: 100 },
    previous,
  );
  return page.evaluate(async () => {
    const f = (window as unknown as { roundsLastSavedFile: { fileName: string; blob: Blob } }).roundsLastSavedFile;
    const buffer = new Uint8Array(await f.blob.arrayBuffer());
    return { fileName: f.fileName, text: new TextDecoder().decode(buffer), bytes: [...buffer.slice(0, 3)] };
  });
}

/** Waits for a `role=status` (or `alert`) element whose text includes `text`; returns that text. */
export async function waitForRole(page: Page, role: 'status' | 'alert', text: string): Promise<string> {
  const handle = await page.waitForFunction(
    (r: string, t: string) =>
      [...document.querySelectorAll(`[role=${r}]`)].map((el) => el.textContent ?? '').find((s) => s.includes(t)),
    { timeout: 60_000, polling: 100 },
    role,
    text,
  );
  return (await handle.jsonValue()) as string;
}
