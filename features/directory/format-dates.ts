/** Dates shown in the user's own locale and zone (Intl), never a fixed format. */

const dayFormat = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });

import { uiLocale } from '../../locales/i18n';

const dayTimeFormat = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** A stored calendar day (YYYY-MM-DD) in the user's locale: "Mar 5, 2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return dayFormat.format(new Date(y, m - 1, d));
}

/** A stored instant's calendar day in the user's locale and zone. */
export function formatInstantDay(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? dayFormat.format(new Date(t)) : iso;
}

/** A stored instant with its time of day, in the user's locale and zone. */
export function formatInstant(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? dayTimeFormat.format(new Date(t)) : iso;
}

/** Today as a YYYY-MM-DD day in the user's zone (for date inputs and "due" checks). */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first non-empty line of a text, trimmed to `max` characters. */
export function firstLine(text: string, max = 120): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  const trimmed = line.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
