import type { ElementHandle, Page } from 'puppeteer-core';

/** Finds an element by role and accessible name, as a person (or a screen reader) would. */
export async function byRole(
  page: Page,
  role: string,
  name: string,
  timeout = 10_000,
): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`, { timeout });
  if (!handle) throw new Error(`No ${role} named "${name}"`);
  return handle;
}

/**
 * Finds a form control by its label (a <label for>, a wrapping <label>, aria-label or aria-labelledby), matched
 * case-insensitively. Done in the page so that Chromium and Firefox (whose BiDi aria queries differ) agree.
 */
export async function byLabel(page: Page, label: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (wanted: string) => {
      const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      const target = norm(wanted);
      const controls = document.querySelectorAll('input, select, textarea, [role="combobox"], [role="textbox"]');
      for (const el of controls) {
        if (norm(el.getAttribute('aria-label')) === target) return el;
        const by = el.getAttribute('aria-labelledby');
        if (
          by &&
          norm(
            by
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent)
              .join(' '),
          ) === target
        )
          return el;
        const labels = (el as HTMLInputElement).labels;
        if (labels)
          for (const l of labels)
            if (norm(l.firstChild?.textContent ?? l.textContent) === target || norm(l.textContent) === target)
              return el;
      }
      return null;
    },
    { timeout, polling: 100 },
    label,
  );
  return handle as ElementHandle<Element>;
}

/** Replaces a text field's content by keystrokes (works alike in Chromium and Firefox). */
export async function retype(field: ElementHandle<Element>, text: string): Promise<void> {
  const length = await field.evaluate((el) => (el as HTMLInputElement).value.length);
  await field.click();
  await field.press('End');
  for (let i = 0; i < length; i++) await field.press('Backspace');
  await field.type(text);
}
