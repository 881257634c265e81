import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` block after `from` (light: the first; dark: in the media query). */
function tokens(from: number): Record<string, string> {
  const start = css.indexOf(':root {', from);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const schemes = { light: tokens(0), dark: tokens(css.indexOf('prefers-color-scheme: dark')) };

describe('theme tokens', () => {
  for (const [scheme, t] of Object.entries(schemes)) {
    const on = (fg: string, bg: string) => contrast(t[fg] ?? '#000000', t[bg] ?? '#000000');
    it(`${scheme}: text ≥ 4.5:1 on the page and on cards`, () => {
      for (const fg of ['--fg', '--muted', '--accent', '--danger', '--ok'])
        for (const bg of ['--bg', '--surface']) expect(on(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      expect(on('--accent-fg', '--accent')).toBeGreaterThanOrEqual(4.5);
      expect(on('--fg', '--accent-soft')).toBeGreaterThanOrEqual(4.5);
    });

    it(`${scheme}: control borders and the focus ring ≥ 3:1 (WCAG 1.4.11)`, () => {
      for (const fg of ['--border-control', '--focus'])
        for (const bg of ['--bg', '--surface']) expect(on(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('keeps a marker on the active combobox option under forced colours (Windows High Contrast)', () => {
    const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
    expect(forced).toMatch(/\[role="option"\]\[aria-selected="true"\][^{]*\{[^}]*outline: 2px solid/);
  });
});
